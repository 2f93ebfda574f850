namespace FeminaBot.Triage.Tests.Conversations;

/// <summary>
/// The offices' hours are Los Angeles time on both sides of a daylight-saving change: 2026 springs
/// forward on Sunday, March 8 and falls back on Sunday, November 1. Each moment is given in UTC.
/// </summary>
public class OfficeDaylightSavingTests
{
    [Fact]
    public async Task The_first_Monday_of_summer_time_is_open_at_a_quarter_to_eight()
    {
        // 14:45 UTC is 7:45 AM PDT; it would be 6:45 AM on winter time.
        await OfficeQuestionTests.Ask("is pasadena open", "Pasadena is open now, until 6:00 PM.", new DateTimeOffset(2026, 3, 9, 14, 45, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task The_first_Monday_of_winter_time_is_not_yet_open_at_a_quarter_to_seven()
    {
        // 14:45 UTC is 6:45 AM PST; it would be 7:45 AM on summer time.
        await OfficeQuestionTests.Ask("is pasadena open", "Pasadena is closed right now. It next opens Monday at 7:00 AM.", new DateTimeOffset(2026, 11, 2, 14, 45, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("2026-03-08T10:30:00Z", "Monday, March 9")] // 3:30 AM PDT, just after the clocks skip 2 AM
    [InlineData("2026-11-01T08:30:00Z", "Monday, November 2")] // 1:30 AM PDT, the first time
    [InlineData("2026-11-01T09:30:00Z", "Monday, November 2")] // 1:30 AM PST, the second time
    [InlineData("2026-03-08T07:30:00Z", "Sunday, March 8")] // 11:30 PM PST on Saturday, before the change
    public async Task Tomorrow_is_the_next_day_in_Los_Angeles_on_the_night_of_a_change(string instant, string tomorrow)
    {
        var now = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);
        var answer = tomorrow.StartsWith("Sunday", StringComparison.Ordinal)
            ? $"On {tomorrow}, all our offices are closed.\nOur offices next open on Monday, March 9:\nBeverly Hills: 12:00 PM – 5:00 PM\nPasadena: 7:00 AM – 6:00 PM\nSherman Oaks: 7:30 AM – 6:00 PM"
            : $"On {tomorrow}:\nBeverly Hills: 12:00 PM – 5:00 PM\nPasadena: 7:00 AM – 6:00 PM\nSherman Oaks: 7:30 AM – 6:00 PM";
        await OfficeQuestionTests.Ask("are you open tomorrow?", answer, now);
    }

    [Fact]
    public async Task A_time_asked_across_the_change_is_the_offices_local_time()
    {
        // Asked at noon PST on Saturday about Monday, which is on summer time.
        await OfficeQuestionTests.Ask("is pasadena open monday at 7:30am", "Pasadena is open at 7:30 AM on Monday, March 9 (7:00 AM – 6:00 PM).", new DateTimeOffset(2026, 3, 7, 20, 0, 0, TimeSpan.Zero));
    }
}
