namespace FeminaBot.Triage.Offices;

/// <summary>The days of the week by their names in lower case ("monday"), looked up rather than parsed for every word of every message.</summary>
internal static class DayNames
{
    public static IReadOnlyDictionary<string, DayOfWeek> ByName { get; } =
        Enum.GetValues<DayOfWeek>().ToDictionary(d => d.ToString().ToLowerInvariant(), d => d, StringComparer.Ordinal);
}
