using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeminaBot.Conversations.Schema;

/// <summary>A card, media file or document carried by a message.</summary>
public sealed record Attachment
{
    /// <summary>The MIME type, or a card type such as <c>application/vnd.microsoft.card.hero</c>.</summary>
    public string? ContentType { get; init; }

    /// <summary>Where the content can be fetched; never set together with <see cref="Content"/>.</summary>
    public string? ContentUrl { get; init; }

    /// <summary>The inline content, such as a card's JSON.</summary>
    public JsonElement? Content { get; init; }

    /// <summary>The file name.</summary>
    public string? Name { get; init; }

    /// <summary>A thumbnail image's address.</summary>
    public string? ThumbnailUrl { get; init; }

    /// <summary>Fields not modelled here, kept for round trips.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
