namespace FeminaBot.Triage.Offices;

/// <summary>An office's day: open between two times, "call to schedule", or closed; <see cref="Closure"/> names a dated closure or change that made it so.</summary>
public sealed record OfficeDay(OfficeDayKind Kind, TimeOnly Opens = default, TimeOnly Closes = default)
{
    /// <summary>A closed day.</summary>
    public static OfficeDay Closed { get; } = new(OfficeDayKind.Closed);

    /// <summary>A "call to schedule" day.</summary>
    public static OfficeDay Call { get; } = new(OfficeDayKind.Call);

    /// <summary>The closure or change of hours in dialogs/offices.yaml this day comes from ("Thanksgiving"); null on an ordinary day.</summary>
    public string? Closure { get; init; }

    /// <summary>Whether the office is open at the time.</summary>
    public bool IsOpenAt(TimeOnly time) => Kind == OfficeDayKind.Open && time >= Opens && time < Closes;

    /// <summary>Whether the office is open at some time between two times.</summary>
    public bool IsOpenBetween(TimeOnly from, TimeOnly until) => Kind == OfficeDayKind.Open && Opens < until && Closes > from;
}

/// <summary>What kind of day an office has.</summary>
public enum OfficeDayKind
{
    /// <summary>Closed.</summary>
    Closed,

    /// <summary>Open between two times.</summary>
    Open,

    /// <summary>Call to schedule.</summary>
    Call,
}
