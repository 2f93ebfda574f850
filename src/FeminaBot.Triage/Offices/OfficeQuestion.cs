namespace FeminaBot.Triage.Offices;

/// <summary>A question about the offices: what is asked, about which offices, and for when.</summary>
/// <param name="Kind">What is asked.</param>
/// <param name="Offices">The offices named; every office when none is.</param>
/// <param name="Day">The day asked about, in the clinic's local time.</param>
/// <param name="Time">The time of day asked about.</param>
/// <param name="Place">The area named in "which office is closest to ...".</param>
public sealed record OfficeQuestion(OfficeQuestionKind Kind, IReadOnlyList<Office> Offices, DateOnly? Day = null, TimeOnly? Time = null, string? Place = null);

/// <summary>The kinds of office question.</summary>
public enum OfficeQuestionKind
{
    /// <summary>Every office, with its address and phone.</summary>
    Overview,

    /// <summary>Hours for the week, or for <see cref="OfficeQuestion.Day"/>.</summary>
    Hours,

    /// <summary>Whether the offices are open at a moment (now when no day or time is given).</summary>
    OpenAt,

    /// <summary>Addresses.</summary>
    Address,

    /// <summary>Phone numbers.</summary>
    Phone,

    /// <summary>Which office is closest to a place.</summary>
    Closest,

    /// <summary>How to book: the phone numbers.</summary>
    Schedule,
}
