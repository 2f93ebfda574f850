using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeminaBot.Conversations.Schema;

/// <summary>A reaction to a message, such as <c>like</c>.</summary>
public sealed record MessageReaction
{
    /// <summary>The reaction type.</summary>
    public string? Type { get; init; }

    /// <summary>Fields not modelled here, kept for round trips.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
