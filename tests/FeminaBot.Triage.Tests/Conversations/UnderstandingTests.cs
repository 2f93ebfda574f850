using FeminaBot.Conversations.Testing;
using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Tests.Conversations;

/// <summary>What parents really write, in every state of the conversation (docs/clinical-rules.md, "Understanding what people write").</summary>
public class UnderstandingTests
{
    [Fact]
    public async Task Self_harm_said_indirectly_during_coaching_ends_the_coaching_with_911_and_988()
    {
        await ReadyToCoach(new Clinic().Chat())
            .UserSays("honestly i cant do this anymore, everyone would be better off without me")
            .BotSendsTo911()
            .BotSays(Clinic.OnMarkdown(Clinic.Say(MessageKeys.RouteEmergencySelfHarm)))
            .UserSays("next")
            .BotSays(Clinic.OnMarkdown(Clinic.Content.Messages.Format(MessageKeys.RouteReminder, ("advice", Clinic.Say(MessageKeys.RouteReminderEmergency)))))
            .BotOffersTheMenu();
    }

    [Fact]
    public async Task Thoughts_of_hurting_herself_during_coaching_are_never_taken_for_it_hurts()
    {
        await ReadyToCoach(new Clinic().Chat())
            .UserSays("I keep having thoughts of hurting myself")
            .BotSendsTo911()
            .BotSays(Clinic.OnMarkdown(Clinic.Say(MessageKeys.RouteEmergencySelfHarm)));
    }

    [Theory]
    [InlineData("I feel like I'm going to pass out")]
    [InlineData("my temp was 40.1 earlier")]
    [InlineData("I don't want to be here anymore")]
    public async Task An_emergency_at_which_breast_is_heard(string text)
    {
        var chat = new Clinic().Chat()
            .UserReachesTheReadBack("I have a plugged duct")
            .UserSays("yes")
            .BotAsksWhichBreast()
            .UserSays(text)
            .BotSendsTo911();
        await (text.Contains("here", StringComparison.Ordinal) ? chat.BotSays(Clinic.OnMarkdown(Clinic.Say(MessageKeys.RouteEmergencySelfHarm))) : chat);
    }

    [Fact]
    public async Task A_reading_over_the_threshold_during_coaching_sends_her_to_her_provider()
    {
        await ReadyToCoach(new Clinic().Chat())
            .UserSays("my temp was 38.9 earlier")
            .BotSendsToProvider("Fever");
    }

    [Theory]
    [InlineData("fever and chills for a few hours", "Fever and chills")]
    [InlineData("there's a red patch getting bigger by the hour", "Redness or warmth")]
    public async Task Symptoms_that_speak_of_hours_start_the_triage_and_are_no_office_question(string text, string signs)
    {
        await new Clinic().Chat()
            .UserStartsWith(text)
            .UserSays("no")
            .BotSendsToProvider(signs);
    }

    [Fact]
    public async Task A_lump_there_for_three_weeks_goes_to_the_provider()
    {
        await new Clinic().Chat()
            .UserStartsWith("there's been a lump in my left breast for 3 weeks now")
            .UserSays("no")
            .BotSendsToProvider("A lump or sign that is not getting better");
    }

    [Theory]
    [InlineData("I can't stop shivering")]
    [InlineData("can't get warm no matter what")]
    public async Task Words_that_look_like_a_no_but_mean_yes_count(string text)
    {
        await new Clinic().Chat()
            .UserStartsWith("my breast is engorged")
            .UserSays("no")
            .BotAsksAbout(FindingIds.Redness)
            .UserSays(text)
            .BotSendsToProvider("Chills");
    }

    [Fact]
    public async Task It_has_never_been_this_red_is_redness()
    {
        await new Clinic().Chat()
            .UserStartsWith("it's never been this red")
            .UserSays("no")
            .BotSendsToProvider("Redness or warmth");
    }

    [Fact]
    public async Task Self_harm_typed_out_as_the_answer_to_the_safety_check_is_911_and_988_not_sorry()
    {
        await new Clinic().Chat()
            .UserStartsWith("my breast hurts")
            .UserSays("I keep having thoughts of hurting myself")
            .BotSendsTo911()
            .BotSays(Clinic.OnMarkdown(Clinic.Say(MessageKeys.RouteEmergencySelfHarm)));
    }

    [Fact]
    public async Task The_route_never_goes_down_a_massage_request_after_the_provider_is_reminded_of_the_provider()
    {
        await new Clinic().Chat()
            .UserStartsWith("my breast is red")
            .UserSays("no")
            .BotSendsToProvider("Redness or warmth")
            .UserSays("massage steps")
            .BotSays(Clinic.Content.Messages.Format(MessageKeys.RouteReminder, ("advice", Clinic.Say(MessageKeys.RouteReminderProvider))))
            .BotOffersTheMenu();
    }

    [Fact]
    public async Task A_correction_at_the_read_back_is_read_like_any_other_message()
    {
        await new Clinic().Chat()
            .UserStartsWith("hard lump in my left breast")
            .UserSays("no")
            .BotAsksAbout(FindingIds.Redness)
            .UserSays("no redness, fever, chills or aches")
            .BotCoachesTheMassage()
            .BotReadsBack("a lump or tender spot on the left")
            .UserSays("no it's the right side")
            .BotReadsBack("a lump or tender spot on the right")
            .UserSays("wait, it's also kind of red now")
            .BotSendsToProvider("Redness or warmth");
    }

    [Fact]
    public async Task Symptoms_with_an_office_question_get_both_the_triage_first()
    {
        await new Clinic().Chat()
            .UserSays("red hot lump on my left side and what's the Pasadena phone number")
            .BotWelcomes()
            .BotSays(Clinic.Say(MessageKeys.TriageStart))
            .BotSays("Pasadena: [(818) 873-1403](tel:+18188731403)")
            .BotAsksAbout(FindingIds.Emergency)
            .UserSays("no")
            .BotSendsToProvider("Redness or warmth");
    }

    [Fact]
    public async Task The_babys_illness_points_to_the_babys_doctor()
    {
        await new Clinic().Chat()
            .UserSays("my baby has a fever and won't eat")
            .BotSays(Clinic.OnMarkdown(Clinic.Say(MessageKeys.BabyDoctor)));
    }

    private static ConversationTest ReadyToCoach(ConversationTest chat) => chat
        .UserReachesTheReadBack("I have a plugged duct in my left breast", "a lump or tender spot on the left")
        .UserSays("yes")
        .BotShowsStep(Clinic.Content.Tbml.Steps[0].Title);
}
