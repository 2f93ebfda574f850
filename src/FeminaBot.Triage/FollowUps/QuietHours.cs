namespace FeminaBot.Triage.FollowUps;

/// <summary>
/// The hours no check-in is sent, in the clinic's time zone: from <see cref="From"/> to
/// <see cref="Until"/>, across midnight when From is later (20:00 to 08:00 by default). Equal times
/// mean no quiet hours.
/// </summary>
public sealed record QuietHours(TimeOnly From, TimeOnly Until, TimeZoneInfo TimeZone)
{
    public bool Off => From == Until;

    /// <summary>Whether <paramref name="instant"/> falls in quiet hours.</summary>
    public bool Contains(DateTimeOffset instant)
    {
        if (Off)
        {
            return false;
        }

        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);
        return From < Until ? local >= From && local < Until : local >= From || local < Until;
    }

    /// <summary><paramref name="instant"/> itself outside quiet hours; inside them, the moment they end.</summary>
    public DateTimeOffset NextAllowed(DateTimeOffset instant)
    {
        if (!Contains(instant))
        {
            return instant;
        }

        var local = TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime;
        var end = local.Date + Until.ToTimeSpan();
        if (end <= local)
        {
            end = end.AddDays(1);
        }

        // The end as an instant in the clinic's zone; a time skipped by a clock change moves on an hour.
        while (TimeZone.IsInvalidTime(end))
        {
            end = end.AddHours(1);
        }

        return new DateTimeOffset(end, TimeZone.GetUtcOffset(end));
    }
}
