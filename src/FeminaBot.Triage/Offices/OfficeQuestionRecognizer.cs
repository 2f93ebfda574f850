using FeminaBot.Conversations.Recognition;
using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Offices;

/// <summary>
/// Recognizes questions about the offices in any message ("are you open Saturday?", "what's the
/// Pasadena address", "which office is closest to Burbank", "can I come in tmrw morning", "and bev
/// hills?"). The words are those of dialogs/offices.yaml's <c>questions</c>; words that also describe
/// symptoms ("close to the nipple", "open") count only beside a time, a day or an office.
/// </summary>
public sealed class OfficeQuestionRecognizer
{
    // A follow-up is short: "and bev hills?", "what about this saturday", "whats their number".
    private const int FollowUpWords = 8;

    private readonly OfficeDirectory _directory;
    private readonly OfficeQuestionWords _asking;
    private readonly OfficeWordReader _words;
    private readonly OfficeWhenReader _when;
    private readonly HashSet<string> _officeNameWords;

    /// <summary>Recognizes questions about the offices in <paramref name="directory"/> with the words in <paramref name="asking"/>.</summary>
    public OfficeQuestionRecognizer(OfficeDirectory directory, OfficeQuestionWords asking)
    {
        _directory = directory ?? throw new ArgumentNullException(nameof(directory));
        _asking = asking ?? throw new ArgumentNullException(nameof(asking));
        _words = new OfficeWordReader(asking);
        _when = new OfficeWhenReader(asking);
        _officeNameWords = directory.Offices.SelectMany(o => TextTokens.Split(o.Name)).Concat(asking.Office).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The office question in a message (its words as the reading split them, and the text as typed), or null when it asks none.</summary>
    public OfficeQuestion? Recognize(IReadOnlyList<string> words, DateTime localNow, string? locale = null, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        var tokens = _words.Read(words, text);
        if (tokens.Count == 0)
        {
            return null;
        }

        var asking = _asking;
        var named = _directory.Named(tokens);
        var strong = named.Count > 0 || tokens.Any(asking.Office.Contains);
        var visit = asking.Visit.Any(phrase => TextTokens.IndexOf(tokens, phrase) >= 0);
        var pronoun = named.Count == 0 && tokens.Count <= FollowUpWords && tokens.Any(asking.FollowUp.Pronouns.Contains);
        var aboutOffices = strong || visit || tokens.Any(asking.You.Contains);

        var hoursWord = tokens.Where((t, i) => asking.Hours.Asking.Words.Contains(t) && !(asking.CloseTo.Contains(t) && i + 1 < tokens.Count && tokens[i + 1] == "to")).Any();
        var weekly = tokens.Any(asking.Hours.Weekly.Contains) && (hoursWord || strong) || AsksWhatDays(tokens, strong);
        var mayAskWhen = hoursWord || visit || weekly || strong || pronoun;
        var when = _when.Read(tokens, localNow, locale, readTimes: mayAskWhen);

        var address = tokens.Any(asking.Address.Words.Contains) && (aboutOffices || pronoun || tokens.Any(asking.Address.Alone.Contains));
        var phone = (tokens.Any(asking.Phone.Alone.Contains) || tokens.Any(asking.Phone.Words.Contains) && (aboutOffices || pronoun)) && !tokens.Any(asking.PhoneNotWith.Contains);
        var schedule = tokens.Any(asking.Schedule.Words.Contains) && (aboutOffices || tokens.Any(asking.Schedule.Alone.Contains));

        // An office with a day or time asks its hours, unless it asks only its address or phone
        // ("las tres oficinas" is no three o'clock); "appointments on Saturday" asks that day's hours.
        var asksHours = hoursWord || visit || weekly || strong && when.NamesAny && !address && !phone || schedule && when.Days.Count > 0;
        var hours = asksHours && (aboutOffices || pronoun || when.Mentioned || tokens.Any(asking.Hours.Asking.Alone.Contains));
        var offices = named.Count > 0 ? named : _directory.Offices;
        var followUp = pronoun ? OfficeFollowUp.Subject : OfficeFollowUp.None;

        if (Closest(tokens, named, strong || visit, aboutOffices, hoursWord || when.NamesAny) is { } closest)
        {
            return closest;
        }

        if (hours)
        {
            return Hours(tokens, offices, when, weekly, localNow) with { WithPhone = phone || schedule, FollowUp = followUp, NeedsEarlierQuestion = pronoun && !aboutOffices };
        }

        if (address || phone || schedule)
        {
            var kind = address && phone ? OfficeQuestionKind.Contact : address ? OfficeQuestionKind.Address : phone ? OfficeQuestionKind.Phone : OfficeQuestionKind.Schedule;
            return new OfficeQuestion(kind, offices) { FollowUp = followUp, NeedsEarlierQuestion = pronoun && !aboutOffices };
        }

        // "and bev hills?", "what about Saturday": the question before, for other offices or days.
        if (tokens.Count <= FollowUpWords && FollowUp(tokens, named, when) is { } following)
        {
            return following;
        }

        // "Pasadena?" or "tell me about your offices".
        return named.Count > 0 && tokens.Count <= 4 || tokens.Any(asking.Overview.Contains)
            ? new OfficeQuestion(OfficeQuestionKind.Overview, offices)
            : null;
    }

    // "which office is closest to Burbank", "I live in Burbank", "hi we're in dtla where should i go".
    private OfficeQuestion? Closest(List<string> tokens, IReadOnlyList<Office> named, bool aboutVisit, bool aboutOffices, bool asksWhen)
    {
        var served = _directory.Serving(tokens);

        // A place that is also an office's own name ("Beverly Hills") is the office, not a neighbourhood.
        var place = served is { } s && !named.Any(o => string.Equals(o.Name, s.Place, StringComparison.OrdinalIgnoreCase)) ? s.Place : null;
        var asksNearest = tokens.Any(_asking.Nearest.Contains)
            || tokens.Select((t, i) => _asking.CloseTo.Contains(t) && i + 1 < tokens.Count && tokens[i + 1] == "to").Any(x => x);
        if (asksNearest && (place is not null || named.Count > 0 || aboutOffices))
        {
            return new OfficeQuestion(OfficeQuestionKind.Closest, named.Count > 0 && place is null ? named : _directory.Offices) { Place = place };
        }

        return place is not null && !asksWhen && (tokens.Any(_asking.Near.Contains) || aboutVisit || aboutOffices || tokens.Count <= 3)
            ? new OfficeQuestion(OfficeQuestionKind.Closest, _directory.Offices) { Place = place }
            : null;
    }

    private OfficeQuestion Hours(List<string> tokens, IReadOnlyList<Office> offices, OfficeWhen when, bool weekly, DateTime localNow)
    {
        var hours = _asking.Hours;
        var today = DateOnly.FromDateTime(localNow);
        var question = new OfficeQuestion(OfficeQuestionKind.Hours, offices) { Days = when.Days, Part = when.Part };

        // "what days", "every weekday", "open on weekends": the week's hours.
        if (weekly && when.Days.Count == 0)
        {
            return question;
        }

        if (when.Days.Count >= 2)
        {
            return question with { Time = null };
        }

        if (when.Days.Count == 0 && when.Part is null)
        {
            // "how late are you open": today's hours; "what are the hours": the week's; "earliest I can
            // come", "is Pasadena still open", "when do you close": whether open now, and when next.
            if (tokens.Any(hours.Latest.Contains))
            {
                return question with { Days = [today] };
            }

            return tokens.Any(hours.Asking.Alone.Contains) && !when.SaysNow
                ? question
                : question with { Kind = OfficeQuestionKind.OpenAt, Days = [today], Time = TimeOnly.FromDateTime(localNow) };
        }

        // "can I come at 5", "open tomorrow at 9": open at that time; "how late tomorrow": the day's hours.
        if (when.Time is { } time && !tokens.Any(hours.Earliest.Contains) && !tokens.Any(hours.Latest.Contains))
        {
            return question with { Kind = OfficeQuestionKind.OpenAt, Time = time };
        }

        // "open now", "open tonight" said in the evening: whether open now, and when next ("how late
        // tonight" is the day's hours).
        var nowTime = TimeOnly.FromDateTime(localNow);
        var partNow = when.Part is { } part && nowTime >= part.From && nowTime < part.Until;
        if ((when.SaysNow || partNow) && when.Days is [var day] && day == today && tokens.Any(hours.OpenOrClosed.Contains)
            && !tokens.Any(hours.Earliest.Contains) && !tokens.Any(hours.Latest.Contains))
        {
            return question with { Kind = OfficeQuestionKind.OpenAt, Time = nowTime };
        }

        return when.Days.Count == 0 ? question with { Days = [today] } : question;
    }

    // "what days", "which days can I book", "Pasadena days?".
    private bool AsksWhatDays(List<string> tokens, bool strong)
    {
        var hours = _asking.Hours;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (hours.Days.Contains(tokens[i]) && (strong || i > 0 && hours.DaysAfter.Contains(tokens[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    // "and bev hills?", "what about sherman oaks": an office and nothing else asked; "and tomorrow?",
    // "what about saturday": only days; both mean the question before.
    private OfficeQuestion? FollowUp(List<string> tokens, IReadOnlyList<Office> named, OfficeWhen when)
    {
        var leads = _asking.FollowUp.Leads;
        var rest = tokens.Where(t => !leads.Contains(t) && t is not ("the" or "on" or "this" or "for" or "at" or "in")).ToList();
        if (named.Count > 0 && rest.All(_officeNameWords.Contains))
        {
            return new OfficeQuestion(OfficeQuestionKind.Overview, named) { FollowUp = OfficeFollowUp.Offices };
        }

        var onlyWhen = rest.Count > 0 && rest.All(t => _asking.When.Days.Contains(t) || _asking.When.Next.Contains(t) || _asking.When.PartsOfDay.Any(p => p.Words.Contains(t)));
        return named.Count == 0 && when.NamesAny && onlyWhen && rest.Count < tokens.Count
            ? new OfficeQuestion(OfficeQuestionKind.Hours, _directory.Offices) { Days = when.Days, Time = when.Time, Part = when.Part, FollowUp = OfficeFollowUp.Days, NeedsEarlierQuestion = true }
            : null;
    }
}
