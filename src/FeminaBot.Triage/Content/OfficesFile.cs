using System.Globalization;
using FeminaBot.Triage.Offices;
using YamlDotNet.RepresentationModel;

namespace FeminaBot.Triage.Content;

/// <summary>Reads dialogs/offices.yaml: every office needs an address, a phone and hours.</summary>
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
        return offices.Count > 0 ? new OfficeDirectory(zone, offices) : throw file.Error(file.Root, "there are no offices.");
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

    private static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.ToUpperInvariant(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
