using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeminaBot.Conversations.Schema;

/// <summary>A clickable action on a card or among suggested actions.</summary>
public sealed record CardAction
{
    /// <summary>The action type (see <see cref="ActionTypes"/>).</summary>
    public string? Type { get; init; }

    /// <summary>The button's label.</summary>
    public string? Title { get; init; }

    /// <summary>An icon's address.</summary>
    public string? Image { get; init; }

    /// <summary>Alternative text for the icon.</summary>
    public string? ImageAltText { get; init; }

    /// <summary>Text sent to the bot (messageBack).</summary>
    public string? Text { get; init; }

    /// <summary>Text shown in the chat feed (messageBack).</summary>
    public string? DisplayText { get; init; }

    /// <summary>What the action carries; for <c>imBack</c> a string posted as the user's message.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>The channel's own payload.</summary>
    public JsonElement? ChannelData { get; init; }

    /// <summary>Fields not modelled here, kept for round trips.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>An <c>imBack</c> button whose title and value are the same text, as choice buttons are.</summary>
    public static CardAction ImBack(string title) => new()
    {
        Type = ActionTypes.ImBack,
        Title = title,
        Value = ActivityJson.StringElement(title),
    };
}
