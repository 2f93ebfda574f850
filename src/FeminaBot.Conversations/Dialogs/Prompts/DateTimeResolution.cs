namespace FeminaBot.Conversations.Dialogs.Prompts;

/// <summary>
/// One reading of a date or time the user gave, as Microsoft.Recognizers.Text resolves it: a
/// TIMEX expression and either a value (a point) or a start and end (a range), in local time.
/// </summary>
public sealed record DateTimeResolution
{
    /// <summary>The TIMEX expression, such as <c>XXXX-WXX-2T17</c> for "Tuesday at 5pm".</summary>
    public string? Timex { get; init; }

    /// <summary>The point in time, such as <c>2026-11-24 17:00:00</c>, when it is one.</summary>
    public string? Value { get; init; }

    /// <summary>The start of a range.</summary>
    public string? Start { get; init; }

    /// <summary>The end of a range.</summary>
    public string? End { get; init; }

    /// <summary>The recognizer's type, such as <c>datetime</c>, <c>date</c>, <c>time</c> or <c>datetimerange</c>.</summary>
    public string? Type { get; init; }
}
