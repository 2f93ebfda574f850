namespace FeminaBot.Triage.Offices;

/// <summary>
/// The office question a conversation asked last, kept in its state so that a short follow-up
/// ("and Pasadena?", "what's their number", "what about Saturday?") means what the person means. A
/// question about "now" keeps no day or time, so that it stays "now" when followed up later.
/// </summary>
public sealed record OfficeAsked(OfficeQuestionKind Kind, IReadOnlyList<string> Offices, IReadOnlyList<DateOnly> Days, TimeOnly? Time, DayPart? Part)
{
    /// <summary>What to keep of a question answered at <paramref name="localNow"/>.</summary>
    public static OfficeAsked Of(OfficeQuestion question, DateTime localNow)
    {
        ArgumentNullException.ThrowIfNull(question);
        var now = question.Kind == OfficeQuestionKind.OpenAt && question.Time == TimeOnly.FromDateTime(localNow) && question.Days.SequenceEqual([DateOnly.FromDateTime(localNow)]);
        return new OfficeAsked(question.Kind, question.Offices.Select(o => o.Name).ToList(), now ? [] : question.Days, now ? null : question.Time, question.Part);
    }

    /// <summary>
    /// The question as the person means it after this one: another office for the same question, the
    /// same offices for another question, or the same question for another day. Null when it means
    /// nothing without an earlier question and there was none.
    /// </summary>
    public static OfficeQuestion? Resolve(OfficeQuestion question, OfficeAsked? last, OfficeDirectory directory, DateTime localNow)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(directory);
        if (last is null)
        {
            return question.NeedsEarlierQuestion ? null : question;
        }

        var offices = directory.WithNames(last.Offices) is { Count: > 0 } named ? named : directory.Offices;
        return question.FollowUp switch
        {
            OfficeFollowUp.Offices when last.Kind is not (OfficeQuestionKind.Overview or OfficeQuestionKind.Closest) =>
                Timed(question with { Kind = last.Kind, Days = last.Days, Time = last.Time, Part = last.Part }, localNow),
            OfficeFollowUp.Subject => question with { Offices = offices },
            OfficeFollowUp.Days => question with
            {
                Kind = question.Time is null ? OfficeQuestionKind.Hours : OfficeQuestionKind.OpenAt,
                Offices = offices,
                Part = question.Part ?? last.Part,
            },
            _ => question,
        };
    }

    // A question about "now" asked again now.
    private static OfficeQuestion Timed(OfficeQuestion question, DateTime localNow) =>
        question.Kind == OfficeQuestionKind.OpenAt && question.Days.Count == 0
            ? question with { Days = [DateOnly.FromDateTime(localNow)], Time = TimeOnly.FromDateTime(localNow) }
            : question;
}
