using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Tests.Conversations;

public class InterruptionTests
{
    [Fact]
    public async Task An_office_question_mid_triage_is_answered_and_triage_resumes_where_it_was()
    {
        await new Clinic().Chat()
            .UserStartsWith("my breast is engorged")
            .UserSays("no")
            .BotAsksAbout(FindingIds.Redness)
            .UserSays("wait, are you open on Saturday?")
            .BotSaysContaining("On Saturday, November 28, all our offices are closed.")
            .BotAsksAbout(FindingIds.Redness)
            .UserSays("no")
            .BotAsksAbout(FindingIds.Fever);
    }

    [Fact]
    public async Task An_office_question_mid_coaching_is_answered_and_the_step_shown_again()
    {
        await new Clinic().Chat()
            .UserStartsWith("clogged duct, no redness, fever, chills or aches")
            .UserSays("no")
            .BotCoachesTheMassage()
            .BotReadsBack()
            .UserSays("yes")
            .BotAsksWhichBreast()
            .UserSays("left")
            .BotShowsStep(Clinic.Content.Tbml.Steps[0].Title)
            .UserSays("what's the phone number for Pasadena?")
            .BotSays("Pasadena: [(818) 873-1403](tel:+18188731403)")
            .BotShowsStep(Clinic.Content.Tbml.Steps[0].Title)
            .UserSays("next")
            .BotShowsStep(Clinic.Content.Tbml.Steps[1].Title);
    }

    [Fact]
    public async Task A_message_too_long_to_read_is_answered_kindly_and_the_question_asked_again()
    {
        await new Clinic().Chat()
            .UserStartsWith("my breast is engorged")
            .UserSays(string.Concat(Enumerable.Repeat("it hurts so much and I do not know what to do. ", 120)))
            .BotSays(Clinic.OnMarkdown(Clinic.Say(MessageKeys.TooLong)))
            .BotAsksAbout(FindingIds.Emergency);
    }

    [Fact]
    public async Task Help_mid_triage_explains_and_asks_the_question_again()
    {
        await new Clinic().Chat()
            .UserStartsWith("my breast is engorged")
            .UserSays("help")
            .BotSays(Clinic.OnMarkdown(Clinic.Say(MessageKeys.Help)))
            .BotAsksAbout(FindingIds.Emergency);
    }

    [Fact]
    public async Task Start_over_forgets_the_answers_and_begins_again()
    {
        await new Clinic().Chat()
            .UserStartsWith("I have a lump")
            .UserSays("no")
            .BotAsksAbout(FindingIds.Redness)
            .UserSays("start over")
            .BotSays(Clinic.Say(MessageKeys.StartOver))
            .BotStartsTriage()
            .UserSays("no")
            .BotAsksAbout(FindingIds.Redness);
    }

    [Fact]
    public async Task Cancel_stops_and_the_next_message_starts_fresh()
    {
        await new Clinic().Chat()
            .UserStartsWith("I have a lump")
            .UserSays("cancel")
            .BotSays(Clinic.Say(MessageKeys.Cancelled))
            .UserSays("hi")
            .BotOffersTheMenu();
    }

    [Fact]
    public async Task Delete_my_data_erases_the_conversation_and_the_user()
    {
        var clinic = new Clinic();
        await clinic.Chat()
            .UserStartsWith("I have a lump and chills")
            .UserSays("delete my data")
            .BotSays(Clinic.Say(MessageKeys.Deleted))
            .BotSaysNothingMore();

        Assert.Equal(0, clinic.Storage.Count);
    }

    [Fact]
    public async Task After_deleting_the_bot_starts_as_new()
    {
        await new Clinic().Chat()
            .UserSays("hi")
            .BotWelcomes()
            .BotOffersTheMenu()
            .UserSays("please delete my data")
            .BotSays(Clinic.Say(MessageKeys.Deleted))
            .UserSays("hi")
            .BotWelcomes()
            .BotOffersTheMenu();
    }

    [Fact]
    public async Task An_off_topic_message_gets_a_kind_word_about_what_the_bot_can_do()
    {
        await new Clinic().Chat()
            .UserSays("hi")
            .BotWelcomes()
            .BotOffersTheMenu()
            .UserSays("what's the weather like in Chicago?")
            .BotSays(Clinic.OnMarkdown(Clinic.Say(MessageKeys.Fallback)))
            .BotOffersTheMenu();
    }

    [Fact]
    public async Task A_menu_choice_can_be_given_by_its_number()
    {
        await new Clinic().Chat("sms")
            .UserSays("hi")
            .BotWelcomes()
            .BotSays("What would you like to do? (1) Check my symptoms, (2) Massage steps, or (3) Offices and hours")
            .UserSays("3")
            .BotSaysContaining("Our offices:", "Pasadena: 350 S. Lake Avenue #220")
            .UserSays("1")
            .BotSays(Clinic.Say(MessageKeys.TriageStart))
            .BotSays($"{Clinic.Question(FindingIds.Emergency)} (1) Yes, (2) No, or (3) Not sure");
    }

    [Fact]
    public async Task The_welcome_comes_once_on_joining()
    {
        await new Clinic().Chat()
            .UserJoins()
            .BotWelcomes()
            .BotOffersTheMenu()
            .UserSays("hello")
            .BotOffersTheMenu();
    }

    [Fact]
    public async Task Coming_back_after_being_sent_to_the_provider_repeats_the_advice()
    {
        await new Clinic().Chat()
            .UserStartsWith("my breast is red")
            .UserSays("no")
            .BotSendsToProvider("Redness or warmth")
            .UserSays("hi again")
            .BotSays(Clinic.Content.Messages.Format(MessageKeys.RouteReminder, ("advice", Clinic.Say(MessageKeys.RouteReminderProvider))))
            .BotOffersTheMenu();
    }

    [Fact]
    public async Task A_Teams_mention_of_the_bot_is_ignored()
    {
        var clinic = new Clinic();
        var chat = clinic.Chat("msteams", "personal");
        await chat
            .UserSends(new FeminaBot.Conversations.Schema.Activity
            {
                Type = "message",
                Text = "<at>FeminaBot</at> hi",
                Entities = [MentionOfBot()],
            })
            .BotWelcomes()
            .BotOffersTheMenu();
    }

    private static FeminaBot.Conversations.Schema.Entity MentionOfBot() => new()
    {
        Type = "mention",
        Properties = new Dictionary<string, System.Text.Json.JsonElement>
        {
            ["mentioned"] = System.Text.Json.JsonSerializer.SerializeToElement(new { id = "bot", name = "FeminaBot" }),
            ["text"] = System.Text.Json.JsonSerializer.SerializeToElement("<at>FeminaBot</at>"),
        },
    };
}
