using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Offices;

/// <summary>
/// Answers an office question in words from dialogs/messages.yaml, hours shown as "7:00 AM – 6:00 PM",
/// honouring the closures and changes of hours in dialogs/offices.yaml: the hours of each day asked
/// (with the number to call on a "call to schedule" day), whether open at a moment and, when not, when
/// next, the week, addresses, phones and the closest office.
/// </summary>
public sealed class OfficeAnswerer(OfficeDirectory directory, Messages messages, Calendar calendar)
{
    private static readonly DayOfWeek[] Week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    // Up to four days are answered one by one ("Friday or Monday", "this weekend"); more read better as the week.
    private const int MostDaysOneByOne = 4;

    // How far ahead the week's hours list closures, and how far the next opening is looked for.
    private const int ChangesAheadDays = 14;
    private const int LookAheadDays = 400;

    /// <summary>The answer, as lines of one message.</summary>
    public string Answer(OfficeQuestion question, DateTime localNow)
    {
        ArgumentNullException.ThrowIfNull(question);
        var today = DateOnly.FromDateTime(localNow);
        var lines = question.Kind switch
        {
            OfficeQuestionKind.Hours when question.Days.Count is > 0 and <= MostDaysOneByOne => DaysHours(question, localNow),
            OfficeQuestionKind.Hours when question.Days.Count > 0 => WeekHours(question.Offices, question.Days[0], question.Days[^1]),
            OfficeQuestionKind.Hours => WeekHours(question.Offices, today, today.AddDays(ChangesAheadDays - 1)),
            OfficeQuestionKind.OpenAt => OpenAt(question, localNow),
            OfficeQuestionKind.Address => question.Offices.Select(o => Format(MessageKeys.OfficeAddress, o)).ToList(),
            OfficeQuestionKind.Phone => Phones(question.Offices),
            OfficeQuestionKind.Contact => question.Offices.Select(o => Format(MessageKeys.OfficeEntry, o)).ToList(),
            OfficeQuestionKind.Closest => Closest(question),
            OfficeQuestionKind.Schedule => [messages[MessageKeys.OfficeSchedule], .. Phones(question.Offices)],
            _ => Overview(question.Offices),
        };
        // "can I book Thursday, what's the number": the numbers the answer does not already give.
        if (question.WithPhone && question.Kind is OfficeQuestionKind.Hours or OfficeQuestionKind.OpenAt
            && question.Offices.Where(o => !lines.Any(l => l.Contains(o.Phone, StringComparison.Ordinal))).ToList() is { Count: > 0 } unsaid)
        {
            lines.AddRange([messages[MessageKeys.OfficeSchedule], .. Phones(unsaid)]);
        }

        return string.Join('\n', lines);
    }

    /// <summary>Every office with its address and phone, and what else can be asked.</summary>
    public List<string> Overview(IReadOnlyList<Office> offices) =>
        [messages[MessageKeys.OfficeOverview], .. offices.Select(o => Format(MessageKeys.OfficeEntry, o)), messages[MessageKeys.OfficeAskMore]];

    private List<string> Phones(IReadOnlyList<Office> offices) => offices.Select(o => Format(MessageKeys.OfficePhone, o)).ToList();

    // Each office's week, then the closures and changes of hours between two dates.
    private List<string> WeekHours(IReadOnlyList<Office> offices, DateOnly from, DateOnly to)
    {
        var lines = new List<string>();
        foreach (var office in offices)
        {
            lines.Add(Format(MessageKeys.OfficeWeekTitle, office));
            lines.AddRange(Week.Select(day => messages.Format(MessageKeys.OfficeWeekDay, ("day", DayName(day)), ("hours", Hours(office, office.On(day))))));
            var changes = directory.Changes(office, from, to).ToList();
            if (changes.Count > 0)
            {
                lines.Add(messages[MessageKeys.OfficeChangesTitle]);
                lines.AddRange(changes.Select(c => messages.Format(MessageKeys.OfficeWeekDay, ("day", DateLabel(c.Date)), ("hours", Hours(office, c.Day)))));
            }
        }

        return lines;
    }

    // "On Friday, December 4:" and each office's hours that day; all closed in a line. When every day
    // asked is closed, when the offices next open.
    private List<string> DaysHours(OfficeQuestion question, DateTime localNow)
    {
        var lines = new List<string>();
        var allClosed = true;
        foreach (var day in question.Days)
        {
            var plans = question.Offices.Select(o => (Office: o, Plan: directory.On(o, day))).ToList();
            if (plans.All(p => p.Plan.Kind == OfficeDayKind.Closed) && plans.Count > 1)
            {
                var closures = plans.Select(p => p.Plan.Closure).Distinct().ToList();
                lines.Add(closures is [{ } closure]
                    ? messages.Format(MessageKeys.OfficeAllClosedFor, ("day", DateLabel(day)), ("closure", closure))
                    : messages.Format(MessageKeys.OfficeAllClosed, ("day", DateLabel(day))));
                continue;
            }

            allClosed &= plans.All(p => p.Plan.Kind == OfficeDayKind.Closed);
            lines.Add(messages.Format(MessageKeys.OfficeDayTitle, ("day", DateLabel(day))));
            lines.AddRange(plans.Select(p => messages.Format(MessageKeys.OfficeDayEntry, ("name", p.Office.Name), ("hours", HoursOn(p.Office, p.Plan, day, question.Part, localNow)))));
        }

        if (allClosed)
        {
            lines.AddRange(NextDay(question.Offices, question.Days[^1]));
        }

        return lines;
    }

    // After days on which every office asked about is closed: the next day one opens or takes calls.
    private List<string> NextDay(IReadOnlyList<Office> offices, DateOnly after)
    {
        if (offices.Count == 1)
        {
            return [string.Join(' ', Next(offices[0], after.AddDays(1), TimeOnly.MinValue))];
        }

        for (var day = after.AddDays(1); day <= after.AddDays(LookAheadDays); day = day.AddDays(1))
        {
            var plans = offices.Select(o => (Office: o, Plan: directory.On(o, day))).ToList();
            if (plans.Any(p => p.Plan.Kind != OfficeDayKind.Closed))
            {
                return [messages.Format(MessageKeys.OfficeNextDayTitle, ("day", DateLabel(day))), .. plans.Select(p => messages.Format(MessageKeys.OfficeDayEntry, ("name", p.Office.Name), ("hours", Hours(p.Office, p.Plan))))];
            }
        }

        return [];
    }

    private List<string> OpenAt(OfficeQuestion question, DateTime localNow)
    {
        var today = DateOnly.FromDateTime(localNow);
        var day = question.Days.Count > 0 ? question.Days[0] : today;
        var time = question.Time ?? TimeOnly.FromDateTime(localNow);
        var isNow = Math.Abs((day.ToDateTime(time) - localNow).TotalMinutes) < 1;
        var lines = new List<string>();
        foreach (var office in question.Offices)
        {
            var plan = directory.On(office, day);
            var dayValue = ("day", DayName(day.DayOfWeek));
            if (isNow)
            {
                lines.Add(plan switch
                {
                    { Kind: OfficeDayKind.Call } when time < directory.CallsUntil => Format(MessageKeys.OfficeCallNow, office, dayValue),
                    _ when plan.IsOpenAt(time) => Format(MessageKeys.OfficeOpenNow, office, ("closes", calendar.Time(plan.Closes))),
                    { Kind: OfficeDayKind.Closed, Closure: { } closure } => Then(Format(MessageKeys.OfficeClosedToday, office, dayValue, ("closure", closure)), office, day, time),
                    _ => Then(Format(MessageKeys.OfficeClosedNow, office), office, day, plan.Kind == OfficeDayKind.Call ? TimeOnly.MaxValue : time),
                });
                continue;
            }

            var values = new[] { ("time", calendar.Time(time)), ("day", DateLabel(day)), ("hours", Hours(office, plan)) };
            lines.Add(plan switch
            {
                { Kind: OfficeDayKind.Call } => Format(MessageKeys.OfficeCallAt, office, values),
                _ when plan.IsOpenAt(time) => Format(MessageKeys.OfficeOpenAt, office, values),
                { Kind: OfficeDayKind.Closed, Closure: { } closure } => Then(Format(MessageKeys.OfficeClosedOnFor, office, [.. values, ("closure", closure)]), office, day, TimeOnly.MaxValue),
                { Kind: OfficeDayKind.Closed } => Then(Format(MessageKeys.OfficeClosedOn, office, values), office, day, TimeOnly.MaxValue),

                // Before the day's opening its hours say when; after closing, when it next opens.
                _ when time < plan.Opens => Format(MessageKeys.OfficeClosedAt, office, values),
                _ => Then(Format(MessageKeys.OfficeClosedAt, office, values), office, day, time),
            });
        }

        return lines;
    }

    private string Then(string closed, Office office, DateOnly day, TimeOnly time) => string.Join(' ', [closed, .. Next(office, day, time)]);

    // When the office next opens after a time on a day, and what comes first: closures passed over
    // ("It is closed on Thursday, November 26 (Thanksgiving)") and the first day to call to schedule.
    private List<string> Next(Office office, DateOnly day, TimeOnly time)
    {
        var said = new List<string>();
        (string Name, DateOnly From, DateOnly To)? closedRun = null;
        var called = false;

        void EndRun()
        {
            if (closedRun is { } run)
            {
                said.Add(run.From == run.To
                    ? messages.Format(MessageKeys.OfficeNextClosed, ("day", DateLabel(run.From)), ("closure", run.Name))
                    : messages.Format(MessageKeys.OfficeNextClosedDays, ("day", DateLabel(run.From)), ("until", DateLabel(run.To)), ("closure", run.Name)));
                closedRun = null;
            }
        }

        for (var offset = 0; offset <= LookAheadDays; offset++)
        {
            var date = day.AddDays(offset);
            var plan = directory.On(office, date);
            if (plan.Kind == OfficeDayKind.Open && (offset > 0 || time < plan.Opens))
            {
                EndRun();
                said.Add(messages.Format(MessageKeys.OfficeNextOpen, ("day", NearLabel(day, date)), ("opens", calendar.Time(plan.Opens))));
                break;
            }

            if (offset == 0)
            {
                continue;
            }

            if (plan is { Kind: OfficeDayKind.Closed, Closure: { } closure })
            {
                if (closedRun is { } run && run.Name == closure && run.To.AddDays(1) == date)
                {
                    closedRun = run with { To = date };
                }
                else
                {
                    EndRun();
                    closedRun = (closure, date, date);
                }

                continue;
            }

            EndRun();
            if (plan.Kind == OfficeDayKind.Call && !called)
            {
                called = true;
                said.Add(messages.Format(MessageKeys.OfficeNextCall, ("day", NearLabel(day, date)), ("phone", office.Phone)));
            }
        }

        return said;
    }

    // An office's hours on a day, with what the question needs beside them: whether it is open now
    // (today), whether it is open in the part of the day asked about.
    private string HoursOn(Office office, OfficeDay plan, DateOnly day, DayPart? part, DateTime localNow)
    {
        var hours = Hours(office, plan);
        if (plan.Kind != OfficeDayKind.Open)
        {
            return hours;
        }

        var now = TimeOnly.FromDateTime(localNow);
        if (day == DateOnly.FromDateTime(localNow) && (plan.IsOpenAt(now) || now >= plan.Closes))
        {
            return messages.Format(plan.IsOpenAt(now) ? MessageKeys.OfficeOpenNowNote : MessageKeys.OfficeClosedNowNote, ("hours", hours));
        }

        return part is not null && !plan.IsOpenBetween(part.From, part.Until)
            ? messages.Format(MessageKeys.OfficeNotInPart, ("hours", hours), ("part", messages[MessageKeys.OfficePart(part.Id)]))
            : hours;
    }

    private List<string> Closest(OfficeQuestion question)
    {
        // An office named outright is the answer: "near Beverly Hills" means the Beverly Hills office.
        if (question.Offices.Count == 1)
        {
            return [Format(MessageKeys.OfficeClosest, question.Offices[0], ("place", question.Offices[0].Name))];
        }

        if (question.Place is { } place && directory.Offices.FirstOrDefault(o => o.Serves.Contains(place)) is { } office)
        {
            return [Format(MessageKeys.OfficeClosest, office, ("place", place))];
        }

        return [messages[MessageKeys.OfficeClosestUnknown], .. directory.Offices.Select(o => Format(MessageKeys.OfficeServes, o, ("places", string.Join(", ", o.Serves))))];
    }

    private string Hours(Office office, OfficeDay plan)
    {
        var hours = plan.Kind switch
        {
            OfficeDayKind.Open => calendar.Range(plan),
            OfficeDayKind.Call => messages.Format(MessageKeys.OfficeCall, ("phone", office.Phone)),
            _ => messages[MessageKeys.OfficeClosed],
        };
        return plan.Closure switch
        {
            null => hours,
            { } closure when plan.Kind == OfficeDayKind.Closed => messages.Format(MessageKeys.OfficeClosedFor, ("closure", closure)),
            { } closure => messages.Format(MessageKeys.OfficeChangedHours, ("hours", hours), ("closure", closure)),
        };
    }

    private string Format(string key, Office office, params (string Name, string Value)[] more) =>
        messages.Format(key, [("name", office.Name), ("address", string.Join(", ", office.Address)), ("phone", office.Phone), .. more]);

    private string DayName(DayOfWeek day) => calendar.DayName(day);

    private string DateLabel(DateOnly day) => calendar.Date(day);

    // Within the coming week a weekday says it ("Monday"); further ahead, the date.
    private string NearLabel(DateOnly from, DateOnly day) => day.DayNumber - from.DayNumber < 7 ? DayName(day.DayOfWeek) : DateLabel(day);
}
