namespace FeminaBot.Triage.Offices;

/// <summary>When an office question asks about: its days in order, a clock time, a part of the day, and whether it says "now".</summary>
internal sealed record OfficeWhen(IReadOnlyList<DateOnly> Days, TimeOnly? Time, DayPart? Part, bool SaysNow, bool Mentioned)
{
    public bool NamesAny => Days.Count > 0 || Time is not null || Part is not null;
}
