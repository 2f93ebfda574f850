using FeminaBot.Triage.Tests.Content;

namespace FeminaBot.Triage.Tests.Conversations;

/// <summary>
/// Dated closures and changes of hours in offices.yaml, honoured by every answer: Thanksgiving at
/// every office, a short day at Pasadena, and Sherman Oaks closed three days. Asked on Tuesday,
/// November 24 2026 at 10:00 AM in Los Angeles unless said otherwise.
/// </summary>
public sealed class OfficeClosureTests : IDisposable
{
    private readonly DialogsCopy _dialogs = new();

    public OfficeClosureTests() =>
        _dialogs.Replace("offices.yaml", "closures: []", """
            closures:
              - {name: Thanksgiving, date: 2026-11-26}
              - {name: staff training, date: 2026-11-27, offices: [Pasadena], hours: 7:00 AM - 12:00 PM}
              - {name: renovation, from: 2026-11-30, to: 2026-12-02, offices: [Sherman Oaks]}
            """);

    [Fact]
    public async Task A_holiday_closes_every_office_and_the_answer_says_when_they_next_open()
    {
        await Ask("are you open thursday?",
            "On Thursday, November 26, all our offices are closed (Thanksgiving).\n"
            + "Our offices next open on Friday, November 27:\n"
            + "Beverly Hills: 7:00 AM – 6:00 PM\n"
            + "Pasadena: 7:00 AM – 12:00 PM (staff training)\n"
            + "Sherman Oaks: 7:00 AM – 6:00 PM");
    }

    [Fact]
    public async Task Changed_hours_replace_the_days_usual_plan()
    {
        // Friday is usually "call to schedule" at Pasadena.
        await Ask("pasadena hours friday", "On Friday, November 27:\nPasadena: 7:00 AM – 12:00 PM (staff training)");
    }

    [Fact]
    public async Task Open_now_on_the_holiday_names_it()
    {
        var thanksgivingMorning = new DateTimeOffset(2026, 11, 26, 18, 0, 0, TimeSpan.Zero);
        await Ask("is pasadena open", "Pasadena is closed today, Thursday (Thanksgiving). It next opens Friday at 7:00 AM.", thanksgivingMorning);
    }

    [Fact]
    public async Task The_next_opening_passes_over_the_holiday_and_says_so()
    {
        var wednesdayEvening = new DateTimeOffset(2026, 11, 26, 3, 0, 0, TimeSpan.Zero);
        await Ask("is beverly hills open",
            "Beverly Hills is closed right now. It is closed on Thursday, November 26 (Thanksgiving). It next opens Friday at 7:00 AM.", wednesdayEvening);
    }

    [Fact]
    public async Task An_office_closed_for_days_says_from_when_to_when()
    {
        var fridayEvening = new DateTimeOffset(2026, 11, 28, 3, 0, 0, TimeSpan.Zero);
        await Ask("is sherman oaks open",
            "Sherman Oaks is closed right now. It is closed from Monday, November 30 to Wednesday, December 2 (renovation). It next opens Thursday at 8:00 AM.", fridayEvening);
    }

    [Fact]
    public async Task Open_at_a_time_on_the_holiday()
    {
        await Ask("is pasadena open thursday at 10am", "Pasadena is closed on Thursday, November 26 (Thanksgiving). It next opens Friday at 7:00 AM.");
    }

    [Fact]
    public async Task The_weeks_hours_list_the_closures_coming_up()
    {
        await Ask("what are the hours for pasadena",
            "Pasadena hours:\nMonday: 7:00 AM – 6:00 PM\nTuesday: 7:00 AM – 4:00 PM\nWednesday: by appointment: call (818) 873-1403\n"
            + "Thursday: 7:00 AM – 4:00 PM\nFriday: by appointment: call (818) 873-1403\nSaturday: closed\nSunday: closed\n"
            + "Coming up:\nThursday, November 26: closed (Thanksgiving)\nFriday, November 27: 7:00 AM – 12:00 PM (staff training)");
    }

    [Fact]
    public async Task A_closure_at_one_office_leaves_the_others_as_they_are()
    {
        await Ask("which office is open next tuesday",
            "On Tuesday, December 1:\nBeverly Hills: 7:00 AM – 6:00 PM\nPasadena: 7:00 AM – 4:00 PM\nSherman Oaks: closed (renovation)");
    }

    public void Dispose() => _dialogs.Dispose();

    private Task Ask(string question, string answer, DateTimeOffset? now = null) => OfficeQuestionTests.Ask(question, answer, now, _dialogs.Load());
}
