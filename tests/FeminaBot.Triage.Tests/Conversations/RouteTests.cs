using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Tests.Conversations;

public class RouteTests
{
    [Fact]
    public async Task Trouble_breathing_in_the_first_message_is_911_and_nothing_else()
    {
        await new Clinic().Chat()
            .UserSays("my breast hurts and I can't breathe")
            .BotSendsTo911()
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task Yes_to_the_safety_check_is_911()
    {
        await new Clinic().Chat()
            .UserStartsWith("my breast is sore")
            .UserSays("yes")
            .BotSendsTo911And988();
    }

    [Fact]
    public async Task Not_sure_at_the_safety_check_errs_toward_care()
    {
        await new Clinic().Chat()
            .UserStartsWith("my breast is sore")
            .UserSays("I'm not sure")
            .BotSays(Clinic.Say(MessageKeys.UnsureNote))
            .BotSendsTo911And988();
    }

    [Fact]
    public async Task Thoughts_of_self_harm_add_the_988_lifeline()
    {
        await new Clinic().Chat()
            .UserSays("I keep thinking I might hurt my baby")
            .BotSendsTo911()
            .BotSays(Clinic.OnMarkdown(Clinic.Say(MessageKeys.RouteEmergencySelfHarm)));
    }

    [Fact]
    public async Task Someone_else_reporting_confusion_counts()
    {
        await new Clinic().Chat()
            .UserSays("my husband says I'm not making sense")
            .BotSendsTo911();
    }

    [Theory]
    [InlineData("40")]
    [InlineData("41")]
    [InlineData("104")]
    public async Task A_bare_reading_of_40_C_or_104_F_given_for_the_fever_question_is_an_emergency(string reading)
    {
        await new Clinic().Chat()
            .UserStartsWith("my breast is engorged")
            .UserSays("no")
            .BotAsksAbout(FindingIds.Redness)
            .UserSays("no")
            .BotAsksAbout(FindingIds.Fever)
            .UserSays(reading)
            .BotSendsTo911();
    }

    [Fact]
    public async Task A_temperature_of_104_or_more_is_an_emergency()
    {
        await new Clinic().Chat()
            .UserSays("my breast is red and my temp is 104.5")
            .BotSendsTo911();
    }

    [Fact]
    public async Task Spreading_redness_with_feeling_very_ill_is_an_emergency_but_alone_it_is_not()
    {
        await new Clinic().Chat()
            .UserSays("the redness is spreading fast and I feel very sick")
            .BotSendsTo911();

        await new Clinic().Chat()
            .UserStartsWith("the redness is spreading fast");
    }

    [Fact]
    public async Task An_emergency_sign_mid_conversation_ends_everything_else()
    {
        await new Clinic().Chat()
            .UserStartsWith("my breast is engorged")
            .UserSays("no")
            .BotAsksAbout(FindingIds.Redness)
            .UserSays("actually I have chest pain")
            .BotSendsTo911()
            .UserSays("hello?")
            .BotSays(Clinic.OnMarkdown(Clinic.Content.Messages.Format(MessageKeys.RouteReminder, ("advice", Clinic.Say(MessageKeys.RouteReminderEmergency)))))
            .BotOffersTheMenu();
    }

    [Fact]
    public async Task A_lump_with_chills_and_a_reading_goes_to_the_provider_asking_only_the_safety_check()
    {
        await new Clinic().Chat()
            .UserStartsWith("my left boob has a hard lump and I've had chills all night, 101.2")
            .UserSays("no")
            .BotSendsToProvider("Fever and chills");
    }

    [Fact]
    public async Task Redness_alone_is_enough_for_the_provider()
    {
        await new Clinic().Chat()
            .UserStartsWith("there's a red wedge on my right breast and it's hot to the touch")
            .UserSays("no")
            .BotSendsToProvider("Redness or warmth");
    }

    [Fact]
    public async Task Milk_stasis_with_no_infection_sign_is_coached()
    {
        await new Clinic().Chat()
            .UserStartsWith("my breasts are engorged and rock hard")
            .UserSays("no")
            .BotAsksAbout(FindingIds.Redness)
            .UserSays("no")
            .BotAsksAbout(FindingIds.Fever)
            .UserSays("nope")
            .BotAsksAbout(FindingIds.Chills)
            .UserSays("no")
            .BotAsksAbout(FindingIds.BodyAches)
            .UserSays("no")
            .BotCoachesTheMassage()
            .BotReadsBack()
            .UserSays("yes")
            .BotAsksWhichBreast();
    }

    [Fact]
    public async Task Pain_with_none_of_the_signs_is_offered_an_evaluation()
    {
        await new Clinic().Chat()
            .UserStartsWith("my breast hurts when I nurse")
            .UserSays("no")
            .BotAsksAbout(FindingIds.Redness)
            .UserSays("no")
            .BotAsksAbout(FindingIds.Fever)
            .UserSays("no")
            .BotAsksAbout(FindingIds.Chills)
            .UserSays("no")
            .BotAsksAbout(FindingIds.BodyAches)
            .UserSays("no")
            .BotAsksAbout(FindingIds.Fullness)
            .UserSays("no")
            .BotAsksAbout(FindingIds.Lump)
            .UserSays("no")
            .BotAsksAbout(FindingIds.Bleb)
            .UserSays("no")
            .BotSays(Clinic.Say(MessageKeys.RouteClinic));
    }

    [Fact]
    public async Task Not_sure_about_an_infection_sign_errs_toward_the_provider()
    {
        await new Clinic().Chat()
            .UserStartsWith("I have a clogged duct")
            .UserSays("no")
            .BotAsksAbout(FindingIds.Redness)
            .UserSays("not sure")
            .BotSays(Clinic.Say(MessageKeys.UnsureNote))
            .BotSendsToProvider("Redness or warmth");
    }

    [Fact]
    public async Task The_decision_is_traced_for_the_Emulator()
    {
        await new Clinic().Chat("emulator")
            .UserStartsWith("I have chills and a lump")
            .UserSays("no")
            .BotSends("a triage.outcome trace for the provider route", reply =>
                reply.Type == "trace" && reply.Name == "triage.outcome"
                && reply.Value!.Value.GetProperty("route").GetString() == "provider"
                && reply.Value.Value.GetProperty("findings").GetProperty("chills").GetBoolean()
                && reply.Value.Value.GetProperty("findings").GetProperty("lump").GetBoolean()
                && !reply.Value.Value.GetProperty("findings").GetProperty("emergency").GetBoolean())
            .BotSendsToProvider("Chills");
    }
}
