using FeminaBot.Triage.Offices;

namespace FeminaBot.Triage.Content;

/// <summary>The words of a question about the offices, from the <c>questions</c> of dialogs/offices.yaml.</summary>
public sealed record OfficeQuestionWords(
    IReadOnlySet<string> Office,
    IReadOnlySet<string> You,
    IReadOnlySet<string> Overview,
    IReadOnlyList<IReadOnlyList<string>> Visit,
    HoursWords Hours,
    AskingWords Address,
    AskingWords Phone,
    IReadOnlySet<string> PhoneNotWith,
    AskingWords Schedule,
    IReadOnlySet<string> Nearest,
    IReadOnlySet<string> CloseTo,
    IReadOnlySet<string> Near,
    IReadOnlySet<string> Now,
    WhenWords When,
    FollowUpWords FollowUp,
    LengthOfTimeWords LengthOfTime,
    IReadOnlyDictionary<string, string[]> Spellings,
    IReadOnlyDictionary<string, string[]> Capitals);

/// <summary>The words of one kind of question, and those of them that ask it with no office named.</summary>
public sealed record AskingWords(IReadOnlySet<string> Words, IReadOnlySet<string> Alone);

/// <summary>
/// The words of an hours question: its <see cref="Asking"/> words; those asking for the whole week
/// (<see cref="Weekly"/>, or <see cref="Days"/> after <see cref="DaysAfter"/>: "what days"); whether
/// open (<see cref="OpenOrClosed"/>); and "earliest" and "latest".
/// </summary>
public sealed record HoursWords(
    AskingWords Asking,
    IReadOnlySet<string> Weekly,
    IReadOnlySet<string> Days,
    IReadOnlySet<string> DaysAfter,
    IReadOnlySet<string> OpenOrClosed,
    IReadOnlySet<string> Earliest,
    IReadOnlySet<string> Latest);

/// <summary>
/// The words of "when": the named days (<see cref="Week"/>), any word of a day or a part of one
/// (<see cref="Days"/>), the ranges ("this weekend", "next week", two days with a <see cref="Through"/>
/// word between), the parts of the day with their hours, and the words that name a clock time (<see cref="Times"/>).
/// </summary>
public sealed record WhenWords(
    IReadOnlySet<string> Week,
    IReadOnlySet<string> Days,
    IReadOnlySet<string> Weekend,
    IReadOnlySet<string> WeekWords,
    IReadOnlySet<string> Next,
    IReadOnlySet<string> Through,
    IReadOnlyList<(DayPart Part, IReadOnlySet<string> Words)> PartsOfDay,
    IReadOnlySet<string> Times);

/// <summary>What makes a short message follow an office answer: its leading words, and the pronouns that stand for the office asked about.</summary>
public sealed record FollowUpWords(IReadOnlySet<string> Leads, IReadOnlySet<string> Pronouns);

/// <summary>What makes "hours" the length of a symptom ("for a few hours") rather than an office's hours.</summary>
public sealed record LengthOfTimeWords(IReadOnlySet<string> Hours, IReadOnlySet<string> After, IReadOnlySet<string> Before, IReadOnlySet<string> Amounts, IReadOnlySet<string> BeforeThe);
