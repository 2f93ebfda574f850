using System.Globalization;
using FeminaBot.Conversations.Recognition;
using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Offices;

/// <summary>
/// Reads when an office question asks about, against the clinic's local "now": named days and
/// "today", "tomorrow", "tonight", "overmorrow" (the day after tomorrow) from a table; ranges of
/// named days ("monday through wednesday", "de lunes a miércoles": every day between); "this
/// weekend", "next week"; parts of the day
/// ("morning", "after work"); and clock times ("at 5", "before noon") with
/// Microsoft.Recognizers.Text.DateTime, which costs far more and so reads only a short window, and only
/// when a time is named.
/// </summary>
internal sealed class OfficeWhenReader(OfficeQuestionWords asking)
{
    // The date-time recognizer's cost grows faster than the text, so it reads only the words around
    // the question ("is pasadena open tomorrow at 5"), never a whole long message.
    private const int WordsBefore = 8;
    private const int WordsAfter = 16;

    public OfficeWhen Read(IReadOnlyList<string> tokens, DateTime localNow, string? locale, bool readTimes)
    {
        var when = asking.When;
        var today = DateOnly.FromDateTime(localNow);
        var days = new List<DateOnly>();
        DayPart? part = null;
        (int At, DateOnly Date)? lastNamed = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var next = i > 0 && when.Next.Contains(tokens[i - 1]);
            if (token is "today" or "tonight")
            {
                days.Add(today);
            }
            else if (token == "tomorrow")
            {
                days.Add(today.AddDays(1));
            }
            else if (token == "overmorrow")
            {
                days.Add(today.AddDays(2));
            }
            else if (DayNames.ByName.TryGetValue(token, out var weekday))
            {
                // "monday through wednesday": every day from the first named to this one, in the week ahead.
                if (lastNamed is { } from && from.At == i - 2 && when.Through.Contains(tokens[i - 1]))
                {
                    var last = from.Date.AddDays(((int)weekday - (int)from.Date.DayOfWeek + 7) % 7);
                    for (var date = from.Date.AddDays(1); date <= last; date = date.AddDays(1))
                    {
                        days.Add(date);
                    }

                    lastNamed = null;
                    continue;
                }

                // The coming one: today if it is that day, unless "next Monday" is said on a Monday.
                var ahead = ((int)weekday - (int)today.DayOfWeek + 7) % 7;
                var named = today.AddDays(ahead == 0 && next ? 7 : ahead);
                days.Add(named);
                lastNamed = (i, named);
            }
            else if (when.Weekend.Contains(token))
            {
                // The coming Saturday and Sunday; on a Sunday, "this weekend" is today.
                var saturday = today.AddDays(((int)DayOfWeek.Saturday - (int)today.DayOfWeek + 7) % 7);
                if (today.DayOfWeek == DayOfWeek.Sunday && !next)
                {
                    days.Add(today);
                }
                else
                {
                    saturday = next && today.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? saturday.AddDays(7) : saturday;
                    days.AddRange([saturday, saturday.AddDays(1)]);
                }
            }
            else if (when.WeekWords.Contains(token) && i > 0 && (next || tokens[i - 1] == "this"))
            {
                // "next week" is Monday to Sunday after this one; "this week" is today to Sunday.
                var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
                var from = next ? monday.AddDays(7) : today;
                for (var date = from; date <= monday.AddDays(next ? 13 : 6); date = date.AddDays(1))
                {
                    days.Add(date);
                }
            }

            part ??= PartNamed(token);
        }

        var saysNow = tokens.Any(asking.Now.Contains);
        var mentioned = saysNow || tokens.Any(when.Days.Contains);
        TimeOnly? time = null;
        if (readTimes && tokens.Any(t => char.IsAsciiDigit(t[0]) || when.Times.Contains(t)))
        {
            var (day, at) = ClockTime(tokens, localNow, locale);
            time = at;
            if (day is { } dated && days.Count == 0)
            {
                days.Add(dated);
            }

            mentioned |= day is not null || at is not null;
        }

        if (time is not null && days.Count == 0)
        {
            days.Add(today);
        }

        return new OfficeWhen(days.Distinct().Order().ToList(), time, part, saysNow, mentioned);
    }

    private DayPart? PartNamed(string token)
    {
        foreach (var (part, words) in asking.When.PartsOfDay)
        {
            if (words.Contains(token))
            {
                return part;
            }
        }

        return null;
    }

    private (DateOnly? Day, TimeOnly? Time) ClockTime(IReadOnlyList<string> tokens, DateTime localNow, string? locale)
    {
        DateOnly? day = null;
        TimeOnly? time = null;
        foreach (var result in RecognizerModels.DateTimes(AroundFirstHoursWord(tokens), RecognizerCulture.For(locale), localNow))
        {
            if (result.Resolution?.TryGetValue("values", out var raw) != true || raw is not IEnumerable<Dictionary<string, string>> values)
            {
                continue;
            }

            var candidates = values.Select(v => (Type: v.GetValueOrDefault("type"), Value: v.GetValueOrDefault("value") ?? v.GetValueOrDefault("start"))).ToList();
            var (type, value) = PreferFutureAndDaytime(candidates, localNow).FirstOrDefault();
            if (type is "date" or "datetime" && DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                day ??= DateOnly.FromDateTime(at);
                if (type == "datetime")
                {
                    time ??= TimeOnly.FromDateTime(at);
                }
            }
            else if (type == "time" && TimeOnly.TryParse(value, CultureInfo.InvariantCulture, out var t))
            {
                time ??= t;
            }
        }

        return (day, time);
    }

    private string AroundFirstHoursWord(IReadOnlyList<string> tokens)
    {
        var at = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (asking.Hours.Asking.Words.Contains(tokens[i]))
            {
                at = i;
                break;
            }
        }

        var from = Math.Max(0, at - WordsBefore);
        return string.Join(' ', tokens.Skip(from).Take(at - from + WordsAfter + 1));
    }

    // "Saturday" resolves to last and next Saturday, "at 5" to 5 AM and 5 PM: a person asking about
    // office hours means the coming day and a time within the working day.
    private static IEnumerable<(string? Type, string? Value)> PreferFutureAndDaytime(List<(string? Type, string? Value)> candidates, DateTime localNow)
    {
        static DateTime? Parse(string? value) => DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;
        static TimeOnly? ParseTime(string? value) => TimeOnly.TryParse(value, CultureInfo.InvariantCulture, out var t) ? t : null;

        return candidates
            .OrderByDescending(c => Parse(c.Value) is not { } at || at.Date >= localNow.Date)
            .ThenByDescending(c => (Parse(c.Value) is { } at && at.Hour is >= 7 and < 20) || (ParseTime(c.Value) is { } t && t.Hour is >= 7 and < 20));
    }
}
