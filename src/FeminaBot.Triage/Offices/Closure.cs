namespace FeminaBot.Triage.Offices;

/// <summary>
/// A dated closure or change of hours from dialogs/offices.yaml: a holiday, an office closed for a
/// while, a shorter day. <see cref="Offices"/> is empty when it applies to every office.
/// </summary>
public sealed record Closure(string Name, DateOnly From, DateOnly To, IReadOnlyList<string> Offices, OfficeDay Day)
{
    /// <summary>Whether the closure applies to the office on the date.</summary>
    public bool Covers(Office office, DateOnly date) =>
        date >= From && date <= To && (Offices.Count == 0 || Offices.Contains(office.Name, StringComparer.OrdinalIgnoreCase));
}
