namespace FeminaBot.Triage.Tests.Conversations;

/// <summary>
/// "Call to schedule" days (Beverly Hills and Pasadena on Wednesday, Pasadena on Friday): the answer
/// is that it is by appointment, and the number. Times are Los Angeles time in November 2026.
/// </summary>
public class OfficeCallDayTests
{
    private static readonly DateTimeOffset MondayMorning = new(2026, 11, 23, 18, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WednesdayMorning = new(2026, 11, 25, 18, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WednesdayEvening = new(2026, 11, 26, 3, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ThursdayAfternoon = new(2026, 11, 27, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Open_now_on_a_call_day_gives_the_number()
    {
        await OfficeQuestionTests.Ask("is pasadena open", "Pasadena is by appointment today, Wednesday: call (818) 873-1403.", WednesdayMorning);
    }

    [Fact]
    public async Task After_six_a_call_day_is_over_and_the_answer_is_the_next_opening()
    {
        await OfficeQuestionTests.Ask("is pasadena open", "Pasadena is closed right now. It next opens Thursday at 7:00 AM.", WednesdayEvening);
    }

    [Fact]
    public async Task Closed_now_before_a_call_day_gives_its_number_and_the_next_opening()
    {
        await OfficeQuestionTests.Ask("is pasadena still open",
            "Pasadena is closed right now. Friday is by appointment: call (818) 873-1403. It next opens Monday at 7:00 AM.", ThursdayAfternoon);
    }

    [Fact]
    public async Task Closed_at_the_time_asked_says_the_days_hours_the_call_day_and_the_next_opening()
    {
        await OfficeQuestionTests.Ask("is pasadena open tomorrow at 5pm",
            "Pasadena is closed at 5:00 PM on Tuesday, November 24 (open 7:00 AM – 4:00 PM). Wednesday is by appointment: call (818) 873-1403. It next opens Thursday at 7:00 AM.",
            MondayMorning);
    }

    [Theory]
    [InlineData("can I come in to pasadena wednesday")]
    [InlineData("pasadena wensday?")]
    [InlineData("can i walk in at pas on wed")]
    public async Task A_plan_for_a_call_day_gets_the_number(string question)
    {
        await OfficeQuestionTests.Ask(question, "On Wednesday, November 25:\nPasadena: by appointment: call (818) 873-1403");
    }

    [Fact]
    public async Task Which_office_compares_every_office_on_the_day()
    {
        await OfficeQuestionTests.Ask("which office can i go to tomorrow",
            "On Wednesday, November 25:\nBeverly Hills: by appointment: call (310) 871-9554\nPasadena: by appointment: call (818) 873-1403\nSherman Oaks: 7:00 AM – 6:00 PM");
    }

    [Fact]
    public async Task What_days_lists_the_call_days_with_the_number()
    {
        await OfficeQuestionTests.Ask("what days is the pasadena office by appointment",
            "Pasadena hours:\nMonday: 7:00 AM – 6:00 PM\nTuesday: 7:00 AM – 4:00 PM\nWednesday: by appointment: call (818) 873-1403\n"
            + "Thursday: 7:00 AM – 4:00 PM\nFriday: by appointment: call (818) 873-1403\nSaturday: closed\nSunday: closed");
    }
}
