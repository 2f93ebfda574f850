using System.Text.Json;

namespace FeminaBot.Conversations.Schema;

/// <summary>What a person would read of an activity: its text (or its card's text) and the choices it offers.</summary>
public static class ActivityText
{
    /// <summary>The message text, or the first hero card's text when the message has none.</summary>
    public static string? Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Text ?? HeroCards(activity).Select(card => StringMember(card, "text")).FirstOrDefault(t => t is not null);
    }

    /// <summary>The titles of the suggested actions, or of the first hero card's buttons.</summary>
    public static IReadOnlyList<string> ChoicesOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.SuggestedActions is { Actions.Count: > 0 } suggested)
        {
            return suggested.Actions.Select(a => a.Title ?? string.Empty).ToList();
        }

        foreach (var card in HeroCards(activity))
        {
            if (card.TryGetProperty("buttons", out var buttons) && buttons.ValueKind == JsonValueKind.Array)
            {
                return buttons.EnumerateArray().Select(b => StringMember(b, "title") ?? string.Empty).ToList();
            }
        }

        return [];
    }

    /// <summary>A one-line description for transcripts.</summary>
    public static string Describe(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = Of(activity);
        var choices = ChoicesOf(activity);
        var described = activity.Type == ActivityTypes.Message ? $"\"{text}\"" : $"[{activity.Type}{(activity.Name is null ? string.Empty : " " + activity.Name)}]";
        return choices.Count > 0 ? $"{described} [{string.Join(" | ", choices)}]" : described;
    }

    private static IEnumerable<JsonElement> HeroCards(Activity activity) =>
        (activity.Attachments ?? [])
            .Where(a => a.ContentType == HeroCard.ContentType && a.Content is { ValueKind: JsonValueKind.Object })
            .Select(a => a.Content!.Value);

    private static string? StringMember(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
