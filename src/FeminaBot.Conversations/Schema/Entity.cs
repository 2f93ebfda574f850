using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeminaBot.Conversations.Schema;

/// <summary>
/// Metadata attached to an activity, such as a <c>mention</c> or Web Chat's <c>ClientCapabilities</c>.
/// Only <see cref="Type"/> is modelled; every other field stays in <see cref="Properties"/>.
/// </summary>
public sealed record Entity
{
    /// <summary>The entity type.</summary>
    public string? Type { get; init; }

    /// <summary>The entity's own fields.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
