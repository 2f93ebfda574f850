using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeminaBot.Conversations.Schema;

/// <summary>A user or bot account on a channel.</summary>
public sealed record ChannelAccount
{
    /// <summary>Creates an account.</summary>
    [JsonConstructor]
    public ChannelAccount() { }

    /// <summary>Creates an account with an id and an optional display name.</summary>
    public ChannelAccount(string id, string? name = null)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The channel's id for the account; treat it as opaque.</summary>
    public string? Id { get; init; }

    /// <summary>The display name.</summary>
    public string? Name { get; init; }

    /// <summary>The account's Microsoft Entra object id, where the channel knows it.</summary>
    public string? AadObjectId { get; init; }

    /// <summary><c>user</c> or <c>bot</c>.</summary>
    public string? Role { get; init; }

    /// <summary>Fields not modelled here, kept for round trips.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
