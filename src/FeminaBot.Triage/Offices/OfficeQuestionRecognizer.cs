using FeminaBot.Conversations.Recognition;
using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Offices;

/// <summary>
/// Recognizes questions about the offices in any message ("are you open Saturday?", "what's the
/// Pasadena address", "which office is closest to Burbank", "hours tomorrow at 5"), reading days
/// and times with Microsoft.Recognizers.Text.DateTime against the clinic's local "now". The words are
/// those of dialogs/offices.yaml's <c>questions</c>; words that also describe symptoms ("close to the nipple", "open") count only beside a time, a day or an office.
/// </summary>
public sealed class OfficeQuestionRecognizer(OfficeDirectory directory, OfficeQuestionWords asking)
{
    /// <summary>The office question in a message (its words as the reading split them), or null when it asks none.</summary>
    public OfficeQuestion? Recognize(IReadOnlyList<string> words, DateTime localNow, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        var tokens = WithoutLengthsOfTime(Spelled(words));
        if (tokens.Count == 0)
        {
            return null;
        }

        var named = directory.Named(tokens);
        var served = directory.Serving(tokens);
        var aboutOffices = named.Count > 0 || tokens.Any(asking.Office.Contains);

        // Reading dates and times is the costly part, and only an hours question needs it.
        var asksHours = tokens.Any(asking.Hours.Words.Contains);
        var (day, time, when) = asksHours ? When(localNow, locale, tokens) : (null, null, false);

        var hours = asksHours && (aboutOffices || when || tokens.Any(asking.Hours.Alone.Contains));
        var address = tokens.Any(asking.Address.Words.Contains) && (aboutOffices || tokens.Any(asking.Address.Alone.Contains));
        var phone = (tokens.Any(asking.Phone.Alone.Contains) || tokens.Any(asking.Phone.Words.Contains) && aboutOffices) && !tokens.Any(asking.PhoneNotWith.Contains);
        var asksNearest = tokens.Any(asking.Nearest.Contains)
            || tokens.Select((t, i) => asking.CloseTo.Contains(t) && i + 1 < tokens.Count && tokens[i + 1] == "to").Any(x => x);
        var schedule = tokens.Any(asking.Schedule.Words.Contains) && (aboutOffices || tokens.Any(asking.Schedule.Alone.Contains));
        var offices = named.Count > 0 ? named : directory.Offices;

        // A place that is also an office's own name ("Beverly Hills") is the office, not a neighbourhood.
        var place = served is { } s && !named.Any(o => string.Equals(o.Name, s.Place, StringComparison.OrdinalIgnoreCase)) ? s.Place : null;
        if (asksNearest && (place is not null || named.Count > 0 || aboutOffices))
        {
            return new OfficeQuestion(OfficeQuestionKind.Closest, named.Count > 0 && place is null ? named : directory.Offices, Place: place);
        }

        if (hours)
        {
            // "what days", "every weekday", "this weekend", "monday or tuesday": the week's hours.
            var days = tokens.Where(asking.Week.Contains).Distinct(StringComparer.Ordinal).Count();
            if (days >= 2 || tokens.Any(asking.Hours.Weekly.Contains))
            {
                return new OfficeQuestion(OfficeQuestionKind.Hours, offices, null, null);
            }

            var asksIfOpen = tokens.Any(asking.OpenOrClosed.Contains) && (time is not null || tokens.Any(asking.Now.Contains) || day is null);
            return asksIfOpen && !tokens.Any(asking.Hours.Alone.Contains)
                ? new OfficeQuestion(OfficeQuestionKind.OpenAt, offices, day ?? DateOnly.FromDateTime(localNow), time ?? (day is null ? TimeOnly.FromDateTime(localNow) : null))
                : new OfficeQuestion(OfficeQuestionKind.Hours, offices, day, time);
        }

        if (address)
        {
            return new OfficeQuestion(OfficeQuestionKind.Address, offices);
        }

        if (phone)
        {
            return new OfficeQuestion(OfficeQuestionKind.Phone, offices);
        }

        if (schedule)
        {
            return new OfficeQuestion(OfficeQuestionKind.Schedule, offices);
        }

        // "I live in Burbank": a neighbourhood the offices serve, said plainly.
        if (place is not null && (tokens.Any(asking.Near.Contains) || aboutOffices || tokens.Count <= 3))
        {
            return new OfficeQuestion(OfficeQuestionKind.Closest, directory.Offices, Place: place);
        }

        // "Pasadena?" or "tell me about your offices".
        return named.Count > 0 && tokens.Count <= 4 || tokens.Any(asking.Overview.Contains)
            ? new OfficeQuestion(OfficeQuestionKind.Overview, offices)
            : null;
    }

    // "fever for a few hours", "bigger by the hour", "within 24 hours": hours of a symptom, not of an office.
    private IReadOnlyList<string> WithoutLengthsOfTime(IReadOnlyList<string> words)
    {
        var length = asking.LengthOfTime;
        List<string>? kept = null;
        for (var i = 0; i < words.Count; i++)
        {
            var lengthOfTime = length.Hours.Contains(words[i]) && i + 1 < words.Count && length.After.Contains(words[i + 1])
                || length.Hours.Contains(words[i]) && i > 0
                && (length.Before.Contains(words[i - 1]) || length.Amounts.Contains(words[i - 1])
                    || words[i - 1] == "the" && i > 1 && length.BeforeThe.Contains(words[i - 2])
                    || char.IsAsciiDigit(words[i - 1][0]));
            if (lengthOfTime)
            {
                kept ??= words.Take(i).ToList();
                continue;
            }

            kept?.Add(words[i]);
        }

        return kept ?? words;
    }

    private (DateOnly? Day, TimeOnly? Time, bool Mentioned) When(DateTime localNow, string? locale, IReadOnlyList<string> tokens)
    {
        var mentioned = tokens.Any(asking.Days.Contains) || tokens.Any(asking.Now.Contains);

        // A day alone ("Saturday", "tomorrow") is read from a table; the date-time recognizer, which
        // costs far more, reads anything that names a time.
        if (!tokens.Any(t => char.IsDigit(t[0]) || asking.Times.Contains(t)))
        {
            return (DayNamed(tokens, localNow), null, mentioned);
        }

        DateOnly? day = null;
        TimeOnly? time = null;
        var results = RecognizerModels.DateTimes(AroundFirstHoursWord(tokens), RecognizerCulture.For(locale), localNow);
        foreach (var result in results)
        {
            if (result.Resolution?.TryGetValue("values", out var raw) != true || raw is not IEnumerable<Dictionary<string, string>> values)
            {
                continue;
            }

            var candidates = values.Select(v => (Type: v.GetValueOrDefault("type"), Value: v.GetValueOrDefault("value") ?? v.GetValueOrDefault("start"))).ToList();
            foreach (var (type, value) in PreferFutureAndDaytime(candidates, localNow))
            {
                mentioned = true;
                if (type is "date" or "datetime" && DateTime.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at))
                {
                    day ??= DateOnly.FromDateTime(at);
                    if (type == "datetime")
                    {
                        time ??= TimeOnly.FromDateTime(at);
                    }
                }
                else if (type == "time" && TimeOnly.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var t))
                {
                    time ??= t;
                }
                else if (type is "datetimerange" or "daterange" && DateTime.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var start))
                {
                    day ??= DateOnly.FromDateTime(start);
                }

                break;
            }
        }

        if (time is not null && day is null)
        {
            day = DateOnly.FromDateTime(localNow);
        }

        return (day, time, mentioned);
    }

    // "tmrw", "sat", "bh", "pasedena": the words they stand for.
    private List<string> Spelled(IReadOnlyList<string> words)
    {
        var spelled = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];

            // "2moro", "2day": the reading parts a number from the letters after it.
            if (i + 1 < words.Count && char.IsAsciiDigit(word[0]) && asking.Spellings.TryGetValue(word + words[i + 1], out var joined))
            {
                spelled.AddRange(joined);
                i++;
            }
            else if (asking.Spellings.TryGetValue(word, out var meant))
            {
                spelled.AddRange(meant);
            }
            else
            {
                spelled.Add(word);
            }
        }

        return spelled;
    }

    // The date-time recognizer's cost grows faster than the text, so it reads only the words around
    // the question ("is pasadena open tomorrow at 5"), never a whole long message.
    private const int WordsBefore = 8;
    private const int WordsAfter = 16;

    private string AroundFirstHoursWord(IReadOnlyList<string> tokens)
    {
        var at = Math.Max(0, tokens.ToList().FindIndex(asking.Hours.Words.Contains));
        var from = Math.Max(0, at - WordsBefore);
        return string.Join(' ', tokens.Skip(from).Take(at - from + WordsAfter + 1));
    }

    private static DateOnly? DayNamed(IReadOnlyList<string> tokens, DateTime localNow)
    {
        var today = DateOnly.FromDateTime(localNow);
        foreach (var token in tokens)
        {
            if (token is "today" or "tonight")
            {
                return today;
            }

            if (token == "tomorrow")
            {
                return today.AddDays(1);
            }

            var day = token == "weekend" ? DayOfWeek.Saturday : Enum.TryParse<DayOfWeek>(token, ignoreCase: true, out var named) && !int.TryParse(token, out _) ? named : (DayOfWeek?)null;
            if (day is { } weekday)
            {
                // The coming one: today if it is that day.
                return today.AddDays(((int)weekday - (int)today.DayOfWeek + 7) % 7);
            }
        }

        return null;
    }

    // "Saturday" resolves to last and next Saturday, "at 5" to 5 AM and 5 PM: a person asking about
    // office hours means the coming day and a time within the working day.
    private static IEnumerable<(string? Type, string? Value)> PreferFutureAndDaytime(List<(string? Type, string? Value)> candidates, DateTime localNow)
    {
        static DateTime? Parse(string? value) => DateTime.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at) ? at : null;
        static TimeOnly? ParseTime(string? value) => TimeOnly.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var t) ? t : null;

        return candidates
            .OrderByDescending(c => Parse(c.Value) is { } at ? at.Date >= localNow.Date : true)
            .ThenByDescending(c => (Parse(c.Value) is { } at && at.Hour is >= 7 and < 20) || (ParseTime(c.Value) is { } t && t.Hour is >= 7 and < 20));
    }
}
