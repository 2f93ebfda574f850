using System.Globalization;
using FeminaBot.Triage.Offices;
using YamlDotNet.RepresentationModel;

namespace FeminaBot.Triage.Content;

/// <summary>
/// Reads dialogs/offices.yaml: every office needs an address, a phone and hours; every closure a
/// name, real dates, known offices, hours written like an office's, and no other closure for the same
/// office on the same day.
/// </summary>
internal static class OfficesFile
{
    private static readonly string[] TimeFormats = ["h:mm tt", "h tt", "h:mmtt", "htt", "H:mm"];

    public static OfficeDirectory Load(YamlFile file)
    {
        var zoneNode = file.Required(file.Root, "timeZone");
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(file.Text(zoneNode, "'timeZone'"));
        }
        catch (TimeZoneNotFoundException)
        {
            throw file.Error(zoneNode, $"unknown time zone '{file.Text(zoneNode, "'timeZone'")}'.");
        }

        var offices = file.Sequence(file.Required(file.Root, "offices"), "'offices'").Children
            .Select(node => Office(file, file.Map(node, "an office")))
            .ToList();
        if (offices.Count == 0)
        {
            throw file.Error(file.Root, "there are no offices.");
        }

        return new OfficeDirectory(zone, offices) { Closures = Closures(file, offices) };
    }

    // A year is the longest closure: anything longer is a typo in a date, or an office that has closed.
    private const int LongestClosureDays = 366;

    private static List<Closure> Closures(YamlFile file, List<Office> offices)
    {
        var closures = new List<Closure>();
        if (YamlFile.Optional(file.Root, "closures") is not { } listNode || listNode is YamlScalarNode { Value: null or "" })
        {
            return closures;
        }

        foreach (var node in file.Sequence(listNode, "'closures'").Children)
        {
            var map = file.Map(node, "a closure");
            var name = file.Text(map, "name");
            var (from, to) = Dates(file, map, name);
            var names = YamlFile.Optional(map, "offices") is { } officesNode ? file.TextList(officesNode, $"the offices of '{name}'") : [];
            foreach (var office in names.Where(n => !offices.Any(o => string.Equals(o.Name, n, StringComparison.OrdinalIgnoreCase))))
            {
                throw file.Error(map, $"the closure '{name}' names '{office}', which is not an office; the offices are {string.Join(", ", offices.Select(o => o.Name))}.");
            }

            var day = YamlFile.Optional(map, "hours") is { } hoursNode ? Day(file, hoursNode, $"'{name}'") : OfficeDay.Closed;
            var closure = new Closure(name, from, to, names, day with { Closure = name });
            foreach (var other in closures)
            {
                var sameOffice = closure.Offices.Count == 0 || other.Offices.Count == 0 || closure.Offices.Intersect(other.Offices, StringComparer.OrdinalIgnoreCase).Any();
                if (sameOffice && closure.From <= other.To && other.From <= closure.To)
                {
                    throw file.Error(map, $"the closure '{name}' falls on a day of '{other.Name}' for the same office; give each office one entry a day.");
                }
            }

            closures.Add(closure);
        }

        return closures;
    }

    private static (DateOnly From, DateOnly To) Dates(YamlFile file, YamlMappingNode map, string name)
    {
        DateOnly Date(YamlNode node) =>
            DateOnly.TryParseExact(file.Text(node, $"a date of '{name}'"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw file.Error(node, $"the closure '{name}' has the date '{file.Text(node, "a date")}'; write dates like 2026-11-26.");

        if (YamlFile.Optional(map, "date") is { } dateNode)
        {
            if (YamlFile.Optional(map, "from") is not null || YamlFile.Optional(map, "to") is not null)
            {
                throw file.Error(map, $"the closure '{name}' has a 'date' and a 'from' or 'to'; give one date, or 'from' and 'to'.");
            }

            var date = Date(dateNode);
            return (date, date);
        }

        if (YamlFile.Optional(map, "from") is not { } fromNode || YamlFile.Optional(map, "to") is not { } toNode)
        {
            throw file.Error(map, $"the closure '{name}' needs a 'date', or a 'from' and a 'to'.");
        }

        var (from, to) = (Date(fromNode), Date(toNode));
        if (to < from)
        {
            throw file.Error(toNode, $"the closure '{name}' ends before it starts.");
        }

        return to.DayNumber - from.DayNumber >= LongestClosureDays
            ? throw file.Error(toNode, $"the closure '{name}' is longer than a year; check its dates.")
            : (from, to);
    }

    private static Office Office(YamlFile file, YamlMappingNode map)
    {
        var name = file.Text(map, "name");
        var hoursNode = YamlFile.Optional(map, "hours") ?? throw file.Error(map, $"the office '{name}' has no hours.");
        var hours = new Dictionary<DayOfWeek, OfficeDay>();
        foreach (var (day, value, keyNode) in file.Entries(file.Map(hoursNode, $"the hours of '{name}'")))
        {
            if (!Enum.TryParse<DayOfWeek>(day, ignoreCase: true, out var weekday))
            {
                throw file.Error(keyNode, $"'{day}' is not a day of the week.");
            }

            hours[weekday] = Day(file, value, $"{name} on {day}");
        }

        if (hours.Count == 0)
        {
            throw file.Error(hoursNode, $"the office '{name}' has no hours.");
        }

        return new Office(
            name,
            file.TextList(file.Required(map, "address"), $"the address of '{name}'"),
            file.Text(map, "phone"),
            file.TextList(file.Required(map, "serves"), $"the areas '{name}' serves"),
            hours);
    }

    private static OfficeDay Day(YamlFile file, YamlNode node, string what)
    {
        var text = file.Text(node, what);
        if (string.Equals(text, "call", StringComparison.OrdinalIgnoreCase))
        {
            return OfficeDay.Call;
        }

        var parts = text.Split(['-', '–'], StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && TryTime(parts[0], out var opens) && TryTime(parts[1], out var closes) && opens < closes)
        {
            return new OfficeDay(OfficeDayKind.Open, opens, closes);
        }

        throw file.Error(node, $"the hours of {what} should look like '7:00 AM - 6:00 PM' or 'call', not '{text}'.");
    }

    /// <summary>A time as offices.yaml writes it: "7:00 AM", "7 AM", "7:00AM", "19:00".</summary>
    public static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.ToUpperInvariant(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
