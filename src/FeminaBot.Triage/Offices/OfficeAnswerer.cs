using System.Globalization;
using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Offices;

/// <summary>Answers an office question in words from dialogs/messages.yaml, hours shown as "7:00 AM – 6:00 PM".</summary>
public sealed class OfficeAnswerer(OfficeDirectory directory, Messages messages)
{
    private static readonly DayOfWeek[] Week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>The answer, as lines of one message.</summary>
    public string Answer(OfficeQuestion question, DateTime localNow)
    {
        ArgumentNullException.ThrowIfNull(question);
        var lines = question.Kind switch
        {
            OfficeQuestionKind.Hours when question.Day is { } day => DayHours(question.Offices, day),
            OfficeQuestionKind.Hours => question.Offices.SelectMany(WeekHours).ToList(),
            OfficeQuestionKind.OpenAt => OpenAt(question, localNow),
            OfficeQuestionKind.Address => question.Offices.Select(o => Format(MessageKeys.OfficeAddress, o)).ToList(),
            OfficeQuestionKind.Phone => question.Offices.Select(o => Format(MessageKeys.OfficePhone, o)).ToList(),
            OfficeQuestionKind.Closest => Closest(question),
            OfficeQuestionKind.Schedule => [messages[MessageKeys.OfficeSchedule], .. question.Offices.Select(o => Format(MessageKeys.OfficePhone, o))],
            _ => Overview(question.Offices),
        };
        return string.Join('\n', lines);
    }

    /// <summary>Every office with its address and phone, and what else can be asked.</summary>
    public List<string> Overview(IReadOnlyList<Office> offices) =>
        [messages[MessageKeys.OfficeOverview], .. offices.Select(o => Format(MessageKeys.OfficeEntry, o)), messages[MessageKeys.OfficeAskMore]];

    private List<string> WeekHours(Office office)
    {
        var lines = new List<string> { Format(MessageKeys.OfficeWeekTitle, office) };
        lines.AddRange(Week.Select(day => messages.Format(MessageKeys.OfficeWeekDay, ("day", DayName(day)), ("hours", Hours(office, office.On(day))))));
        return lines;
    }

    private List<string> DayHours(IReadOnlyList<Office> offices, DateOnly day)
    {
        var lines = new List<string> { messages.Format(MessageKeys.OfficeDayTitle, ("day", DayLabel(day))) };
        lines.AddRange(offices.Select(o => messages.Format(MessageKeys.OfficeDayEntry, ("name", o.Name), ("hours", Hours(o, o.On(day.DayOfWeek))))));
        return lines;
    }

    private List<string> OpenAt(OfficeQuestion question, DateTime localNow)
    {
        var day = question.Day ?? DateOnly.FromDateTime(localNow);
        var time = question.Time ?? TimeOnly.FromDateTime(localNow);
        var isNow = Math.Abs((day.ToDateTime(time) - localNow).TotalMinutes) < 1;
        var lines = new List<string>();
        foreach (var office in question.Offices)
        {
            var plan = office.On(day.DayOfWeek);
            if (isNow)
            {
                lines.Add(plan.Kind switch
                {
                    OfficeDayKind.Call => Format(MessageKeys.OfficeCallNow, office, ("day", DayName(day.DayOfWeek))),
                    _ when plan.IsOpenAt(time) => Format(MessageKeys.OfficeOpenNow, office, ("closes", OfficeDay.Show(plan.Closes))),
                    _ => $"{Format(MessageKeys.OfficeClosedNow, office)} {NextOpening(office, day, time)}".TrimEnd(),
                });
                continue;
            }

            var values = new[] { ("time", OfficeDay.Show(time)), ("day", DayLabel(day)), ("hours", Hours(office, plan)) };
            lines.Add(plan.Kind switch
            {
                OfficeDayKind.Call => Format(MessageKeys.OfficeCallAt, office, values),
                _ when plan.IsOpenAt(time) => Format(MessageKeys.OfficeOpenAt, office, values),
                _ => $"{Format(MessageKeys.OfficeClosedAt, office, values)} {NextOpening(office, day, time)}".TrimEnd(),
            });
        }

        return lines;
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

    private string NextOpening(Office office, DateOnly day, TimeOnly time)
    {
        for (var offset = 0; offset < 8; offset++)
        {
            var date = day.AddDays(offset);
            var plan = office.On(date.DayOfWeek);
            if (plan.Kind == OfficeDayKind.Open && (offset > 0 || time < plan.Opens))
            {
                var label = DayName(date.DayOfWeek);
                return messages.Format(MessageKeys.OfficeNextOpen, ("day", label), ("opens", OfficeDay.Show(plan.Opens)));
            }
        }

        return string.Empty;
    }

    private string Hours(Office office, OfficeDay plan) => plan.Kind switch
    {
        OfficeDayKind.Open => plan.Range,
        OfficeDayKind.Call => messages.Format(MessageKeys.OfficeCall, ("phone", office.Phone)),
        _ => messages[MessageKeys.OfficeClosed],
    };

    private string Format(string key, Office office, params (string Name, string Value)[] more) =>
        messages.Format(key, [("name", office.Name), ("address", string.Join(", ", office.Address)), ("phone", office.Phone), .. more]);

    private static string DayName(DayOfWeek day) => CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(day);

    private static string DayLabel(DateOnly day) => day.ToString("dddd, MMMM d", CultureInfo.InvariantCulture);
}
