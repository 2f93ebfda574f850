using FeminaBot.Triage.FollowUps;

namespace FeminaBot.Triage.Tests.FollowUps;

public class QuietHoursTests
{
    private static readonly TimeZoneInfo LosAngeles = Clinic.Content.Offices.TimeZone;
    private static readonly QuietHours Nights = new(new TimeOnly(20, 0), new TimeOnly(8, 0), LosAngeles);

    [Theory]
    [InlineData("2026-11-24T19:59", false)]
    [InlineData("2026-11-24T20:00", true)]
    [InlineData("2026-11-24T23:30", true)]
    [InlineData("2026-11-25T02:00", true)]
    [InlineData("2026-11-25T07:59", true)]
    [InlineData("2026-11-25T08:00", false)]
    [InlineData("2026-11-25T13:00", false)]
    public void Quiet_hours_run_from_the_evening_across_midnight_to_the_morning(string local, bool quiet) =>
        Assert.Equal(quiet, Nights.Contains(At(local)));

    [Theory]
    [InlineData("2026-11-24T21:30", "2026-11-25T08:00")]
    [InlineData("2026-11-25T03:10", "2026-11-25T08:00")]
    [InlineData("2026-11-25T11:00", "2026-11-25T11:00")]
    public void A_time_in_quiet_hours_moves_to_their_end_and_any_other_stays(string local, string allowed) =>
        Assert.Equal(At(allowed), Nights.NextAllowed(At(local)));

    [Fact]
    public void Quiet_hours_within_one_day_work_too()
    {
        var lunch = new QuietHours(new TimeOnly(12, 0), new TimeOnly(13, 0), LosAngeles);

        Assert.True(lunch.Contains(At("2026-11-24T12:30")));
        Assert.False(lunch.Contains(At("2026-11-24T13:30")));
        Assert.Equal(At("2026-11-24T13:00"), lunch.NextAllowed(At("2026-11-24T12:30")));
    }

    [Fact]
    public void Equal_times_mean_no_quiet_hours()
    {
        var none = new QuietHours(new TimeOnly(8, 0), new TimeOnly(8, 0), LosAngeles);

        Assert.True(none.Off);
        Assert.False(none.Contains(At("2026-11-24T03:00")));
        Assert.Equal(At("2026-11-24T03:00"), none.NextAllowed(At("2026-11-24T03:00")));
    }

    [Fact]
    public void The_morning_after_the_clocks_change_is_still_8_AM_local()
    {
        // Daylight saving time ends at 2 AM on Sunday, November 1 2026: 8 AM that day is 16:00 UTC, not 15:00.
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 16, 0, 0, TimeSpan.Zero), Nights.NextAllowed(At("2026-10-31T22:00")));
    }

    [Fact]
    public void A_check_in_comes_a_day_later_or_at_the_end_of_the_night()
    {
        var timing = new CheckInTiming(TimeSpan.FromHours(24), Nights);

        Assert.Equal(At("2026-11-25T10:00"), timing.DueAfter(At("2026-11-24T10:00")));
        Assert.Equal(At("2026-11-26T08:00"), timing.DueAfter(At("2026-11-24T21:00")));
        Assert.Equal(At("2026-11-25T08:00"), timing.DueAfter(At("2026-11-24T02:00")));
    }

    // A Los Angeles wall-clock time as an instant.
    private static DateTimeOffset At(string local)
    {
        var time = DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture);
        return new DateTimeOffset(time, LosAngeles.GetUtcOffset(time));
    }
}
