namespace FeminaBot.Triage.Offices;

/// <summary>A question about the offices: what is asked, about which offices, and for when.</summary>
/// <param name="Kind">What is asked.</param>
/// <param name="Offices">The offices named; every office when none is.</param>
public sealed record OfficeQuestion(OfficeQuestionKind Kind, IReadOnlyList<Office> Offices)
{
    /// <summary>The days asked about, in the clinic's local time, in order: none for the week (hours) or for now (open at).</summary>
    public IReadOnlyList<DateOnly> Days { get; init; } = [];

    /// <summary>The time of day asked about; with <see cref="OfficeQuestionKind.OpenAt"/> and no time, now.</summary>
    public TimeOnly? Time { get; init; }

    /// <summary>The part of the day asked about: "tomorrow morning", "after work".</summary>
    public DayPart? Part { get; init; }

    /// <summary>The area named in "which office is closest to ...".</summary>
    public string? Place { get; init; }

    /// <summary>Whether the phone numbers are asked too: "can I book Thursday, what's the number".</summary>
    public bool WithPhone { get; init; }

    /// <summary>What the question takes from the office question before it, when it follows one ("and Pasadena?").</summary>
    public OfficeFollowUp FollowUp { get; init; }

    /// <summary>Whether the question means anything only after another ("what's their number").</summary>
    public bool NeedsEarlierQuestion { get; init; }
}

/// <summary>The kinds of office question.</summary>
public enum OfficeQuestionKind
{
    /// <summary>Every office, with its address and phone.</summary>
    Overview,

    /// <summary>Hours for the week, or for each of <see cref="OfficeQuestion.Days"/>.</summary>
    Hours,

    /// <summary>Whether the offices are open at a moment (now when no day or time is given).</summary>
    OpenAt,

    /// <summary>Addresses.</summary>
    Address,

    /// <summary>Phone numbers.</summary>
    Phone,

    /// <summary>Addresses and phone numbers.</summary>
    Contact,

    /// <summary>Which office is closest to a place.</summary>
    Closest,

    /// <summary>How to book: the phone numbers.</summary>
    Schedule,
}

/// <summary>What a short question takes from the office question before it.</summary>
public enum OfficeFollowUp
{
    /// <summary>Nothing: it stands alone.</summary>
    None,

    /// <summary>"and Pasadena?": the question before, about other offices.</summary>
    Offices,

    /// <summary>"what's their number": this question, about the offices before.</summary>
    Subject,

    /// <summary>"what about Saturday?": the question before, for other days.</summary>
    Days,
}
