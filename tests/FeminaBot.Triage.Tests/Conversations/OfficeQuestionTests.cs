using FeminaBot.Triage.Content;

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
        await Ask("is pasadena open right now", "Pasadena is closed right now. Wednesday is by appointment: call (818) 873-1403. It next opens Thursday at 7:00 AM.", evening);
    }

    [Fact]
    public async Task Open_on_a_day_every_office_is_closed_says_when_they_next_open()
    {
        await Ask("are you open Saturday?",
            "On Saturday, November 28, all our offices are closed.\n"
            + "Our offices next open on Monday, November 30:\n"
            + "Beverly Hills: 12:00 PM – 5:00 PM\nPasadena: 7:00 AM – 6:00 PM\nSherman Oaks: 7:30 AM – 6:00 PM");
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
    [InlineData("bev hills, which days?")]
    public async Task What_days_and_weekends_get_the_week(string question)
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
            "Beverly Hills is closed at 9:00 AM on Monday, November 30 (open 12:00 PM – 5:00 PM).");
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

    [Theory]
    [InlineData("pasadena this friday or monday?")]
    [InlineData("pas fri or mon")]
    public async Task Two_days_are_answered_day_by_day(string question)
    {
        await Ask(question, "On Friday, November 27:\nPasadena: by appointment: call (818) 873-1403\nOn Monday, November 30:\nPasadena: 7:00 AM – 6:00 PM");
    }

    [Fact]
    public async Task This_weekend_is_each_day_of_it_and_when_the_offices_next_open()
    {
        await Ask("are you open this weekend",
            "On Saturday, November 28, all our offices are closed.\nOn Sunday, November 29, all our offices are closed.\n"
            + "Our offices next open on Monday, November 30:\nBeverly Hills: 12:00 PM – 5:00 PM\nPasadena: 7:00 AM – 6:00 PM\nSherman Oaks: 7:30 AM – 6:00 PM");
    }

    [Theory]
    [InlineData("can i come to beverly hills thursday morning")]
    [InlineData("is bev hills open on thrusday morning")]
    public async Task A_part_of_the_day_the_office_is_closed_is_said(string question)
    {
        await Ask(question, "On Thursday, November 26:\nBeverly Hills: 2:00 PM – 6:00 PM, so not in the morning");
    }

    [Fact]
    public async Task Today_says_which_offices_are_open_now_and_which_have_closed()
    {
        var tuesdayAtFive = new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.Zero);
        await Ask("are you open today",
            "On Tuesday, November 24:\nBeverly Hills: 7:00 AM – 6:00 PM, open now\nPasadena: 7:00 AM – 4:00 PM, closed now\nSherman Oaks: 7:00 AM – 6:00 PM, open now", tuesdayAtFive);
    }

    [Theory]
    [InlineData("how late is bev hills open on fridays")]
    [InlineData("whats the earliest i can come to beverly hills on friday")]
    public async Task How_late_and_earliest_on_a_day_give_its_hours(string question)
    {
        await Ask(question, "On Friday, November 27:\nBeverly Hills: 7:00 AM – 6:00 PM");
    }

    [Fact]
    public async Task The_earliest_I_can_come_is_now_when_an_office_is_open()
    {
        await Ask("whats the earliest i can come in",
            "Beverly Hills is open now, until 6:00 PM.\nPasadena is open now, until 4:00 PM.\nSherman Oaks is open now, until 6:00 PM.");
    }

    [Fact]
    public async Task SO_in_capitals_is_Sherman_Oaks()
    {
        await Ask("is SO open tomorrow", "On Wednesday, November 25:\nSherman Oaks: 7:00 AM – 6:00 PM");
    }

    [Fact]
    public async Task So_as_a_word_is_not_an_office()
    {
        await Ask("so are you open tomorrow",
            "On Wednesday, November 25:\nBeverly Hills: by appointment: call (310) 871-9554\nPasadena: by appointment: call (818) 873-1403\nSherman Oaks: 7:00 AM – 6:00 PM");
    }

    [Theory]
    [InlineData("hi we're in dtla where should i go", "Downtown LA", "Beverly Hills: 9012 Burton Way, Beverly Hills, CA 90211. Phone (310) 871-9554.")]
    [InlineData("closest to weho?", "West Hollywood", "Beverly Hills: 9012 Burton Way, Beverly Hills, CA 90211. Phone (310) 871-9554.")]
    [InlineData("silverlake which location", "Silver Lake", "Pasadena: 350 S. Lake Avenue #220, Pasadena, CA 91101. Phone (818) 873-1403.")]
    public async Task Neighbourhood_nicknames(string question, string place, string office)
    {
        await Ask(question, $"For {place}, the closest office is {office}");
    }

    [Fact]
    public async Task Symptoms_and_an_office_question_get_the_triage_first_and_the_answer_before_its_question()
    {
        await new Clinic().Chat()
            .UserJoins()
            .BotWelcomes()
            .BotOffersTheMenu()
            .UserSays("my left breast is engorged and sore, are you open saturday?")
            .BotSays(Clinic.Say(MessageKeys.TriageStart))
            .BotSaysContaining("On Saturday, November 28, all our offices are closed.", "Our offices next open on Monday, November 30:")
            .BotAsksAbout(FindingIds.Emergency);
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

    internal static async Task Ask(string question, string answer, DateTimeOffset? now = null, TriageContent? content = null)
    {
        await new Clinic(now, content).Chat()
            .UserJoins()
            .BotWelcomes()
            .BotOffersTheMenu()
            .UserSays(question)
            .BotSays(Clinic.OnMarkdown(answer))
            .BotSaysNothingMore();
    }
}
