namespace FeminaBot.Triage.Offices;

/// <summary>One of the clinic's offices: where it is, how to call, which areas it serves, and its week.</summary>
public sealed record Office(
    string Name,
    IReadOnlyList<string> Address,
    string Phone,
    IReadOnlyList<string> Serves,
    IReadOnlyDictionary<DayOfWeek, OfficeDay> Hours)
{
    /// <summary>The office's plan for a day; closed when the list has no entry.</summary>
    public OfficeDay On(DayOfWeek day) => Hours.TryGetValue(day, out var hours) ? hours : OfficeDay.Closed;
}
