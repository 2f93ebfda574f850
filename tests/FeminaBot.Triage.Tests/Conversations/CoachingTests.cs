using FeminaBot.Conversations.Testing;
using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Tests.Conversations;

public class CoachingTests
{
    private static readonly TbmlContent Tbml = Clinic.Content.Tbml;

    [Fact]
    public async Task The_massage_is_coached_one_step_per_message_with_the_opposite_hand()
    {
        await ReadyToCoach(new Clinic().Chat())
            .UserSays("left")
            .BotShowsStep(Tbml.Steps[0].Title, "10 long, slow breaths")
            .UserSays("next")
            .BotShowsStep(Tbml.Steps[1].Title, "your right hand", "your left breast", "petting a cat")
            .UserSays("done")
            .BotShowsStep(Tbml.Steps[2].Title, "ending at the chin")
            .UserSays("ok")
            .BotShowsStep(Tbml.Steps[3].Title, "nursing your baby or by hand expressing")
            .UserSays("next")
            .BotShowsStep(Tbml.TipsTitle, "cold compress", "deep and painful pressure")
            .UserSays("next")
            .BotSays(Tbml.WhenToCall)
            .BotSays(Clinic.Say(MessageKeys.CoachFinished))
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task A_step_can_be_repeated_or_gone_back_to()
    {
        await ReadyToCoach(new Clinic().Chat())
            .UserSays("the right one")
            .BotShowsStep(Tbml.Steps[0].Title)
            .UserSays("back")
            .BotSays(Clinic.Say(MessageKeys.CoachAtFirst))
            .BotShowsStep(Tbml.Steps[0].Title)
            .UserSays("next")
            .BotShowsStep(Tbml.Steps[1].Title, "your left hand", "your right breast")
            .UserSays("repeat")
            .BotShowsStep(Tbml.Steps[1].Title, "your left hand")
            .UserSays("go back")
            .BotShowsStep(Tbml.Steps[0].Title);
    }

    [Fact]
    public async Task Stopping_ends_the_coaching_with_when_to_call_a_provider()
    {
        await ReadyToCoach(new Clinic().Chat())
            .UserSays("both")
            .BotShowsStep(Tbml.Steps[0].Title)
            .UserSays("next")
            .BotShowsStep(Tbml.Steps[1].Title, "the opposite hand for each breast")
            .UserSays("stop")
            .BotSays(Clinic.Content.Messages.Format(MessageKeys.CoachStopped, ("whenToCall", Tbml.WhenToCall)))
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task If_it_hurts_the_bot_says_to_stop_and_use_light_touch()
    {
        await ReadyToCoach(new Clinic().Chat())
            .UserSays("left")
            .BotShowsStep(Tbml.Steps[0].Title)
            .UserSays("next")
            .BotShowsStep(Tbml.Steps[1].Title)
            .UserSays("ouch that hurts")
            .BotSays(Clinic.Say(MessageKeys.CoachHurts))
            .BotShowsStep(Tbml.Steps[1].Title);
    }

    [Fact]
    public async Task A_sign_of_infection_during_coaching_ends_it_and_sends_to_the_provider()
    {
        await ReadyToCoach(new Clinic().Chat())
            .UserSays("left")
            .BotShowsStep(Tbml.Steps[0].Title)
            .UserSays("now I'm getting chills")
            .BotSendsToProvider("Chills")
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task An_unclear_reply_gets_a_hint_not_a_new_step()
    {
        await ReadyToCoach(new Clinic().Chat())
            .UserSays("left")
            .BotShowsStep(Tbml.Steps[0].Title)
            .UserSays("hmm")
            .BotAsks(Clinic.Say(MessageKeys.CoachNextHint), "Next", "Repeat", "Back", "Stop");
    }

    [Fact]
    public async Task The_side_given_in_the_first_message_is_not_asked_again()
    {
        await new Clinic().Chat()
            .UserStartsWith("there's a knot in my left breast")
            .UserSays("no")
            .BotAsksAbout(FindingIds.Redness)
            .UserSays("no, no fever or chills or aches either")
            .BotCoachesTheMassage()
            .BotReadsBack("a lump or tender spot on the left")
            .UserSays("yes")
            .BotShowsStep(Tbml.Steps[0].Title)
            .UserSays("next")
            .BotShowsStep(Tbml.Steps[1].Title, "your right hand", "your left breast");
    }

    [Fact]
    public async Task Massage_steps_from_the_menu_run_the_safety_check_first()
    {
        await new Clinic().Chat()
            .UserSays("hi")
            .BotWelcomes()
            .BotOffersTheMenu()
            .UserSays("Massage steps")
            .BotStartsTriage();
    }

    private static ConversationTest ReadyToCoach(ConversationTest chat) => chat
        .UserReachesTheReadBack("I have a plugged duct")
        .UserSays("yes")
        .BotAsksWhichBreast();
}
