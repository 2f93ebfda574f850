using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeminaBot.Conversations.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public sealed record ConversationAccount
{
    /// <summary>Creates a conversation account.</summary>
    [JsonConstructor]
    public ConversationAccount() { }

    /// <summary>Creates a conversation account with an id.</summary>
    public ConversationAccount(string id) => Id = id;

    /// <summary>The channel's id for the conversation; treat it as opaque.</summary>
    public string? Id { get; init; }

    /// <summary>The conversation's display name.</summary>
    public string? Name { get; init; }

    /// <summary>Whether more than two parties take part.</summary>
    public bool? IsGroup { get; init; }

    /// <summary>The channel's kind of conversation, such as Teams' <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; init; }

    /// <summary>The tenant the conversation lives in (Teams).</summary>
    public string? TenantId { get; init; }

    /// <summary>The Microsoft Entra object id of the conversation, where the channel knows it.</summary>
    public string? AadObjectId { get; init; }

    /// <summary><c>user</c> or <c>bot</c>.</summary>
    public string? Role { get; init; }

    /// <summary>Fields not modelled here, kept for round trips.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
