namespace FeminaBot.Triage.Content;

/// <summary>The words of a question about the offices, from the <c>questions</c> of dialogs/offices.yaml.</summary>
public sealed record OfficeQuestionWords(
    IReadOnlySet<string> Office,
    IReadOnlySet<string> Overview,
    AskingWords Hours,
    IReadOnlySet<string> OpenOrClosed,
    AskingWords Address,
    AskingWords Phone,
    IReadOnlySet<string> PhoneNotWith,
    AskingWords Schedule,
    IReadOnlySet<string> Nearest,
    IReadOnlySet<string> CloseTo,
    IReadOnlySet<string> Near,
    IReadOnlySet<string> Now,
    IReadOnlySet<string> Days,
    IReadOnlySet<string> Times,
    LengthOfTimeWords LengthOfTime,
    IReadOnlyDictionary<string, string[]> Spellings,
    IReadOnlySet<string> Week);

/// <summary>The words of one kind of question, and those of them that ask it with no office named.</summary>
public sealed record AskingWords(IReadOnlySet<string> Words, IReadOnlySet<string> Alone)
{
    /// <summary>Words that ask about the whole week ("what days", "weekends"); hours only.</summary>
    public IReadOnlySet<string> Weekly { get; init; } = new HashSet<string>();
}

/// <summary>What makes "hours" the length of a symptom ("for a few hours") rather than an office's hours.</summary>
public sealed record LengthOfTimeWords(IReadOnlySet<string> Hours, IReadOnlySet<string> After, IReadOnlySet<string> Before, IReadOnlySet<string> Amounts, IReadOnlySet<string> BeforeThe);
