using System.Text.Json;

namespace FeminaBot.Conversations.Schema;

/// <summary>Builds the outgoing message activities a bot sends.</summary>
public static class MessageFactory
{
    /// <summary>A text message; <paramref name="inputHint"/> defaults to accepting input.</summary>
    public static Activity Text(string text, string? speak = null, string? inputHint = InputHints.AcceptingInput) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Speak = speak,
        InputHint = inputHint,
    };

    /// <summary>A text message with suggested-action buttons, one per title.</summary>
    public static Activity SuggestedActions(IEnumerable<string> titles, string? text = null, string? inputHint = InputHints.ExpectingInput) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        InputHint = inputHint,
        SuggestedActions = new SuggestedActions { Actions = titles.Select(CardAction.ImBack).ToList() },
    };

    /// <summary>A message carrying one attachment.</summary>
    public static Activity Attachment(Attachment attachment, string? text = null, string? inputHint = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        InputHint = inputHint,
        AttachmentLayout = "list",
        Attachments = [attachment],
    };

    /// <summary>A hero card attachment.</summary>
    public static Attachment HeroCardAttachment(HeroCard card) => new()
    {
        ContentType = HeroCard.ContentType,
        Content = JsonSerializer.SerializeToElement(card, ActivityJson.HeroCard),
    };

    /// <summary>A trace activity, shown only in the Emulator.</summary>
    public static Activity Trace(string name, JsonElement? value = null, string? valueType = null, string? label = null) => new()
    {
        Type = ActivityTypes.Trace,
        Name = name,
        Value = value,
        ValueType = valueType ?? name,
        Label = label,
    };
}
