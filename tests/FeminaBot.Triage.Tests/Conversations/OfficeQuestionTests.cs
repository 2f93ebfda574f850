namespace FeminaBot.Triage.Tests.Conversations;

/// <summary>Office questions, asked on Tuesday, November 24 2026 at 10:00 AM in Los Angeles unless said otherwise.</summary>
public class OfficeQuestionTests
{
    [Fact]
    public async Task Are_you_open_now()
    {
        var tuesdayMorning = Clinic.TuesdayMorning.AddMilliseconds(517);
        await Ask("are you open now?",
            "Beverly Hills is open now, until 6:00 PM.\nPasadena is open now, until 4:00 PM.\nSherman Oaks is open now, until 6:00 PM.", tuesdayMorning);
    }

    [Fact]
    public async Task Open_now_late_on_a_Tuesday_says_when_each_office_next_opens()
    {
        var evening = new DateTimeOffset(2026, 11, 25, 1, 30, 0, TimeSpan.Zero); // 5:30 PM Tuesday in Los Angeles
        await Ask("is pasadena open right now", "Pasadena is closed right now. It next opens Thursday at 7:00 AM.", evening);
    }

    [Fact]
    public async Task Open_on_a_closed_day()
    {
        await Ask("are you open Saturday?",
            "On Saturday, November 28:\nBeverly Hills: closed\nPasadena: closed\nSherman Oaks: closed");
    }

    [Fact]
    public async Task A_call_to_schedule_day_gives_the_number()
    {
        await Ask("what are the Pasadena hours on Friday",
            "On Friday, November 27:\nPasadena: by appointment: call (818) 873-1403");
    }

    [Fact]
    public async Task Open_tomorrow_at_five()
    {
        await Ask("are you open tomorrow at 5?",
            "Beverly Hills is by appointment on Wednesday, November 25: call (310) 871-9554.\n"
            + "Pasadena is by appointment on Wednesday, November 25: call (818) 873-1403.\n"
            + "Sherman Oaks is open at 5:00 PM on Wednesday, November 25 (7:00 AM – 6:00 PM).");
    }

    [Theory]
    [InlineData("r u open 2moro at 5")]
    [InlineData("are u guys open tmrw at 5pm")]
    [InlineData("open tomorow at 5??")]
    public async Task Shorthand_and_typos_for_the_day_are_read_as_meant(string question)
    {
        await Ask(question,
            "Beverly Hills is by appointment on Wednesday, November 25: call (310) 871-9554.\n"
            + "Pasadena is by appointment on Wednesday, November 25: call (818) 873-1403.\n"
            + "Sherman Oaks is open at 5:00 PM on Wednesday, November 25 (7:00 AM – 6:00 PM).");
    }

    [Theory]
    [InlineData("what days is bh open")]
    [InlineData("is bev hills open on weekends")]
    [InlineData("bev hills hours monday and tuesday")]
    public async Task What_days_weekends_and_two_days_get_the_week(string question)
    {
        await Ask(question,
            "Beverly Hills hours:\n"
            + "Monday: 12:00 PM – 5:00 PM\n"
            + "Tuesday: 7:00 AM – 6:00 PM\n"
            + "Wednesday: by appointment: call (310) 871-9554\n"
            + "Thursday: 2:00 PM – 6:00 PM\n"
            + "Friday: 7:00 AM – 6:00 PM\n"
            + "Saturday: closed\n"
            + "Sunday: closed");
    }

    [Fact]
    public async Task Open_at_a_time_when_an_office_is_closed()
    {
        await Ask("is Beverly Hills open Monday at 9am?",
            "Beverly Hills is closed at 9:00 AM on Monday, November 30. It next opens Monday at 12:00 PM.");
    }

    [Fact]
    public async Task When_an_office_opens_on_a_day()
    {
        await Ask("when does Sherman Oaks open on Thursday?", "On Thursday, November 26:\nSherman Oaks: 8:00 AM – 6:00 PM");
    }

    [Fact]
    public async Task Hours_for_the_week()
    {
        await Ask("what are the hours for Beverly Hills?",
            "Beverly Hills hours:\nMonday: 12:00 PM – 5:00 PM\nTuesday: 7:00 AM – 6:00 PM\nWednesday: by appointment: call (310) 871-9554\n"
            + "Thursday: 2:00 PM – 6:00 PM\nFriday: 7:00 AM – 6:00 PM\nSaturday: closed\nSunday: closed");
    }

    [Fact]
    public async Task An_address()
    {
        await Ask("what's the address of the Sherman Oaks office?", "Sherman Oaks: 13425 Ventura Blvd. Suite 200, Sherman Oaks, CA 91423");
    }

    [Fact]
    public async Task A_phone_number()
    {
        await Ask("phone number for beverly hills", "Beverly Hills: (310) 871-9554");
    }

    [Fact]
    public async Task A_phone_number_is_a_link_to_tap_in_Web_Chat_and_plain_digits_by_SMS()
    {
        await new Clinic().Chat()
            .UserSays("what's the pasadena phone number")
            .BotSays("Pasadena: [(818) 873-1403](tel:+18188731403)")
            .BotSaysNothingMore();

        await new Clinic().Chat("sms")
            .UserSays("what's the pasadena phone number")
            .BotSays("Pasadena: (818) 873-1403")
            .BotSaysNothingMore();
    }

    [Theory]
    [InlineData("which office is closest to Burbank?", "For Burbank, the closest office is Pasadena: 350 S. Lake Avenue #220, Pasadena, CA 91101. Phone (818) 873-1403.")]
    [InlineData("I live in Santa Monica, where should I go", "For Santa Monica, the closest office is Beverly Hills: 9012 Burton Way, Beverly Hills, CA 90211. Phone (310) 871-9554.")]
    [InlineData("nearest office to Encino", "For Encino, the closest office is Sherman Oaks: 13425 Ventura Blvd. Suite 200, Sherman Oaks, CA 91423. Phone (818) 877-6910.")]
    [InlineData("closest office to beverly hills", "For Beverly Hills, the closest office is Beverly Hills: 9012 Burton Way, Beverly Hills, CA 90211. Phone (310) 871-9554.")]
    public async Task The_closest_office_to_a_neighbourhood(string question, string answer)
    {
        await Ask(question, answer);
    }

    [Fact]
    public async Task The_menus_offices_choice_lists_every_office()
    {
        await new Clinic().Chat()
            .UserSays("hi")
            .BotWelcomes()
            .BotOffersTheMenu()
            .UserSays("Offices and hours")
            .BotSaysContaining("Beverly Hills: 9012 Burton Way", "Pasadena: 350 S. Lake Avenue #220", "Sherman Oaks: 13425 Ventura Blvd.", "(818) 877-6910");
    }

    [Fact]
    public async Task Symptom_words_that_sound_like_office_words_are_not_office_questions()
    {
        await new Clinic().Chat()
            .UserStartsWith("there's a hard lump close to my armpit");
    }

    private static async Task Ask(string question, string answer, DateTimeOffset? now = null)
    {
        await new Clinic(now).Chat()
            .UserJoins()
            .BotWelcomes()
            .BotOffersTheMenu()
            .UserSays(question)
            .BotSays(Clinic.OnMarkdown(answer))
            .BotSaysNothingMore();
    }
}
