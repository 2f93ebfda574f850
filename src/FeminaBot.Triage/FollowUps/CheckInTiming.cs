namespace FeminaBot.Triage.FollowUps;

/// <summary>When a check-in comes: <see cref="Delay"/> after the yes, moved to the end of quiet hours when it would fall in them.</summary>
public sealed record CheckInTiming(TimeSpan Delay, QuietHours Quiet)
{
    public DateTimeOffset DueAfter(DateTimeOffset agreed) => Quiet.NextAllowed(agreed + Delay);
}
