using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeminaBot.Conversations.Schema;

/// <summary>A programmatic action carried with an activity.</summary>
public sealed record SemanticAction
{
    /// <summary>The action's id.</summary>
    public string? Id { get; init; }

    /// <summary><c>start</c>, <c>continue</c> or <c>done</c>.</summary>
    public string? State { get; init; }

    /// <summary>The action's entities, by name.</summary>
    public IDictionary<string, Entity>? Entities { get; init; }

    /// <summary>Fields not modelled here, kept for round trips.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
