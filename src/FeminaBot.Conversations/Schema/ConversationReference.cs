using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeminaBot.Conversations.Schema;

/// <summary>
/// Everything needed to address a conversation later, outside the turn it came from
/// (proactive messages): the channel, its service URL, the conversation, the user and the bot.
/// </summary>
public sealed record ConversationReference
{
    /// <summary>The activity the reference was taken from.</summary>
    public string? ActivityId { get; init; }

    /// <summary>The user.</summary>
    public ChannelAccount? User { get; init; }

    /// <summary>The bot.</summary>
    public ChannelAccount? Bot { get; init; }

    /// <summary>The conversation.</summary>
    public ConversationAccount? Conversation { get; init; }

    /// <summary>The channel.</summary>
    public string? ChannelId { get; init; }

    /// <summary>The channel's endpoint for replies.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>The conversation's locale.</summary>
    public string? Locale { get; init; }

    /// <summary>Fields not modelled here, kept for round trips.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
