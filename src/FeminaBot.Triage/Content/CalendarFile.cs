using YamlDotNet.RepresentationModel;

namespace FeminaBot.Triage.Content;

/// <summary>Reads the <c>calendar</c> of dialogs/messages.yaml: seven day names from Sunday, twelve months, the date's form and the AM and PM marks.</summary>
internal static class CalendarFile
{
    public const string Key = "calendar";

    public static Calendar Load(YamlFile file)
    {
        var map = file.Map(file.Required(file.Root, Key), "'calendar'");
        var days = Names(file, map, "days", 7, "seven days, from Sunday");
        var months = Names(file, map, "months", 12, "twelve months, from January");
        var date = file.Text(map, "date");
        foreach (var part in new[] { "{weekday}", "{month}", "{day}" })
        {
            if (!date.Contains(part, StringComparison.Ordinal))
            {
                throw file.Error(file.Required(map, "date"), $"the calendar's 'date' needs {part}.");
            }
        }

        return new Calendar(days, months, date, file.Text(map, "am"), file.Text(map, "pm"));
    }

    private static IReadOnlyList<string> Names(YamlFile file, YamlMappingNode map, string key, int count, string what)
    {
        var names = file.TextList(file.Required(map, key), $"the calendar's '{key}'");
        return names.Count == count ? names : throw file.Error(file.Required(map, key), $"the calendar's '{key}' lists {names.Count}; it needs {what}.");
    }
}
