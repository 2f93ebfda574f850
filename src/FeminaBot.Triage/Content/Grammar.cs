namespace FeminaBot.Triage.Content;

/// <summary>The small words the reader's own rules look at, in one language (dialogs/context.yaml, <c>grammar</c>); each is described there.</summary>
public sealed record Grammar(
    IReadOnlySet<string> Answers,
    IReadOnlySet<string> BareNo,
    IReadOnlySet<string> Denials,
    IReadOnlySet<string> SubjectAndVerb,
    IReadOnlySet<string> AboutWhat,
    IReadOnlySet<string> Breast,
    IReadOnlySet<string> Articles,
    IReadOnlySet<string> QuestionWords,
    IReadOnlySet<string> Herself,
    IReadOnlySet<string> HerBreast,
    IReadOnlySet<string> NotHerBreastAfter,
    IReadOnlySet<string> BreastFollowsStop,
    IReadOnlySet<string> Now,
    IReadOnlySet<string> But,
    IReadOnlySet<string> PastStarts,
    IReadOnlySet<string> Past,
    IReadOnlySet<string> Joins,
    IReadOnlySet<string> ShortParts,
    IReadOnlySet<string> AnswerEnds,
    IReadOnlySet<string> Below,
    IReadOnlySet<string> Earlier,
    IReadOnlySet<string> Degrees,
    IReadOnlySet<string> And,
    IReadOnlySet<string> HalfArticles,
    IReadOnlySet<string> NotReadings);
