using FeminaBot.Conversations.Testing;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Tests.FollowUps;

namespace FeminaBot.Triage.Tests.Conversations;

/// <summary>
/// The check-in about a day later (issue: a parent at 2 a.m. is the one least likely to remember the
/// article's 24-hour rule the next evening): offered at the end of the coaching and after the clinic's
/// route, kept only after a yes, and answered as in a live conversation.
/// </summary>
public class CheckInTests
{
    private static readonly TbmlContent Tbml = Clinic.Content.Tbml;
    private static readonly string[] ToTheClinic = ["my breast hurts when I nurse but no redness, fever, chills or body aches, not full, no lump and no white spot", "no"];

    [Fact]
    public async Task After_the_whole_massage_a_yes_brings_a_check_in_the_next_day_and_better_gets_a_kind_close_and_the_tips()
    {
        var followUps = new ClinicFollowUps();
        var clinic = new Clinic(followUps: followUps);
        await ThroughTheMassage(clinic, clinic.Chat())
            .BotOffersACheckIn("tomorrow at 10:00 AM")
            .UserSays("Yes, check in")
            .BotSays(Clinic.OnMarkdown(Say(MessageKeys.CheckInScheduled, ("when", "tomorrow at 10:00 AM"))))
            .BotSaysNothingMore()
            .Then(() => AssertPending(followUps, Clinic.TuesdayMorning.AddDays(1)))
            .ADayPasses(clinic, followUps)
            .BotAsksHowItIs("How is your left breast now?")
            .UserSays("better")
            .BotSays(Clinic.Say(MessageKeys.CheckInBetter))
            .BotSays(Clinic.OnMarkdown(Tbml.TipsMessage))
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task Stopping_the_massage_early_is_also_the_end_of_the_coaching()
    {
        var clinic = new Clinic(followUps: new ClinicFollowUps());
        await ReadyToCoach(clinic.Chat())
            .UserSays("right")
            .BotShowsStep(Tbml.Steps[0].Title)
            .UserSays("stop")
            .BotSays(Clinic.Content.Messages.Format(MessageKeys.CoachStopped, ("whenToCall", Tbml.WhenToCall)))
            .BotOffersACheckIn("tomorrow at 10:00 AM");
    }

    [Fact]
    public async Task Nothing_is_kept_without_a_yes()
    {
        var followUps = new ClinicFollowUps();
        var clinic = new Clinic(followUps: followUps);
        await ToTheClinicRoute(clinic.Chat())
            .BotOffersACheckIn("tomorrow at 10:00 AM")
            .UserSays("no thanks")
            .BotSays(Clinic.Say(MessageKeys.CheckInDeclined))
            .BotSaysNothingMore()
            .Then(() =>
            {
                Assert.Empty(followUps.Pending);
                return Task.CompletedTask;
            });
    }

    [Theory]
    [InlineData("yeah sure that would be great", true)]
    [InlineData("yes pls", true)]
    [InlineData("no im good", false)]
    public async Task A_yes_or_a_no_in_her_own_words_answers_the_offer(string answer, bool kept)
    {
        var followUps = new ClinicFollowUps();
        var clinic = new Clinic(followUps: followUps);
        await ToTheClinicRoute(clinic.Chat())
            .BotOffersACheckIn("tomorrow at 10:00 AM")
            .UserSays(answer)
            .BotSays(kept ? Clinic.OnMarkdown(Say(MessageKeys.CheckInScheduled, ("when", "tomorrow at 10:00 AM"))) : Clinic.Say(MessageKeys.CheckInDeclined))
            .BotSaysNothingMore()
            .Then(() =>
            {
                Assert.Equal(kept, followUps.Pending.Count == 1);
                return Task.CompletedTask;
            });
    }

    [Fact]
    public async Task An_answer_that_says_both_keeps_nothing()
    {
        // "nah" and "ok" at once: no answer, so the offer closes and nothing is kept.
        var followUps = new ClinicFollowUps();
        var clinic = new Clinic(followUps: followUps);
        await ToTheClinicRoute(clinic.Chat())
            .BotOffersACheckIn("tomorrow at 10:00 AM")
            .UserSays("nah im ok")
            .BotSays(Clinic.Content.Messages.Format(MessageKeys.RouteReminder, ("advice", Clinic.Say(MessageKeys.RouteReminderClinic))))
            .BotOffersTheMenu()
            .Then(() =>
            {
                Assert.Empty(followUps.Pending);
                return Task.CompletedTask;
            });
    }

    [Fact]
    public async Task Something_else_instead_of_an_answer_closes_the_offer_and_is_answered()
    {
        var followUps = new ClinicFollowUps();
        var clinic = new Clinic(followUps: followUps);
        await ToTheClinicRoute(clinic.Chat())
            .BotOffersACheckIn("tomorrow at 10:00 AM")
            .UserSays("what's the address in pasadena")
            .BotSaysContaining("Pasadena", "Lake Avenue")
            .BotSaysNothingMore()
            .Then(() =>
            {
                Assert.Empty(followUps.Pending);
                return Task.CompletedTask;
            });
    }

    [Fact]
    public async Task The_same_a_day_later_is_the_provider_advice()
    {
        var followUps = new ClinicFollowUps();
        var clinic = new Clinic(followUps: followUps);
        await ToTheClinicRoute(clinic.Chat())
            .BotOffersACheckIn("tomorrow at 10:00 AM")
            .UserSays("yes")
            .BotSays(Clinic.OnMarkdown(Say(MessageKeys.CheckInScheduled, ("when", "tomorrow at 10:00 AM"))))
            .ADayPasses(clinic, followUps)
            .BotAsksHowItIs("How is your breast pain now?")
            .UserSays("The same")
            .BotSendsToProvider("A lump or sign that is not getting better")
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task Worse_asks_the_safety_check_again_before_the_provider_advice()
    {
        var followUps = new ClinicFollowUps();
        var clinic = new Clinic(followUps: followUps);
        await AgreedAndADayLater(clinic, followUps)
            .UserSays("worse")
            .BotSays(Clinic.Say(MessageKeys.CheckInWorse))
            .BotAsksAbout(FindingIds.Emergency)
            .UserSays("no")
            .BotSendsToProvider("A lump or sign that is not getting better")
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task Worse_with_an_emergency_sign_at_the_safety_check_is_911()
    {
        var followUps = new ClinicFollowUps();
        var clinic = new Clinic(followUps: followUps);
        await AgreedAndADayLater(clinic, followUps)
            .UserSays("Worse")
            .BotSays(Clinic.Say(MessageKeys.CheckInWorse))
            .BotAsksAbout(FindingIds.Emergency)
            .UserSays("yes")
            .BotSendsTo911And988();
    }

    [Fact]
    public async Task A_new_sign_in_the_answer_passes_the_safety_gate_as_in_any_message()
    {
        var followUps = new ClinicFollowUps();
        var clinic = new Clinic(followUps: followUps);
        await ThroughTheMassage(clinic, clinic.Chat())
            .BotOffersACheckIn("tomorrow at 10:00 AM")
            .UserSays("yes please")
            .BotSaysContaining("I'll check in")
            .ADayPasses(clinic, followUps)
            .BotAsksHowItIs("How is your left breast now?")
            .UserSays("kinda better but now its red and i have chills")
            .BotSendsToProvider("Redness or warmth and chills")
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task Thoughts_of_harm_in_the_answer_are_911_and_988()
    {
        var followUps = new ClinicFollowUps();
        var clinic = new Clinic(followUps: followUps);
        await AgreedAndADayLater(clinic, followUps)
            .UserSays("the same. honestly i dont want to be here anymore")
            .BotSendsTo911And988()
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task No_answer_to_the_check_in_and_nothing_more_is_sent()
    {
        var followUps = new ClinicFollowUps();
        var clinic = new Clinic(followUps: followUps);
        await AgreedAndADayLater(clinic, followUps)
            .Then(() =>
            {
                Assert.Empty(followUps.Pending);
                clinic.Clock.Advance(TimeSpan.FromDays(3));
                return Task.CompletedTask;
            })
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task A_check_in_due_in_quiet_hours_waits_for_the_morning()
    {
        // Tuesday 9:30 PM: a day later is 9:30 PM on Wednesday, after 8 PM; it waits for Thursday 8 AM.
        var followUps = new ClinicFollowUps();
        var clinic = new Clinic(new DateTimeOffset(2026, 11, 25, 5, 30, 0, TimeSpan.Zero), followUps: followUps);
        await ToTheClinicRoute(clinic.Chat())
            .BotOffersACheckIn("on Thursday at 8:00 AM")
            .UserSays("yes")
            .BotSays(Clinic.OnMarkdown(Say(MessageKeys.CheckInScheduled, ("when", "on Thursday at 8:00 AM"))))
            .Then(() => AssertPending(followUps, new DateTimeOffset(2026, 11, 26, 16, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("start over")]
    [InlineData("delete my data")]
    [InlineData("cancel")]
    public async Task Start_over_delete_my_data_and_cancel_each_cancel_the_check_in(string command)
    {
        var followUps = new ClinicFollowUps();
        var clinic = new Clinic(followUps: followUps);
        await ToTheClinicRoute(clinic.Chat())
            .BotOffersACheckIn("tomorrow at 10:00 AM")
            .UserSays("yes")
            .BotSaysContaining("I'll check in")
            .Then(() =>
            {
                Assert.Single(followUps.Pending);
                return Task.CompletedTask;
            })
            .UserSays(command)
            .Then(() =>
            {
                while (clinic.Adapter.TakeReply() is not null)
                {
                }

                Assert.Empty(followUps.Pending);
                Assert.Equal(1, followUps.Cancelled);
                return Task.CompletedTask;
            })
            .ADayPasses(clinic, followUps, "the check-in that was cancelled")
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task Cancel_says_the_check_in_is_off()
    {
        var clinic = new Clinic(followUps: new ClinicFollowUps());
        await ToTheClinicRoute(clinic.Chat())
            .BotOffersACheckIn("tomorrow at 10:00 AM")
            .UserSays("yes")
            .BotSaysContaining("I'll check in")
            .UserSays("cancel")
            .BotSays(Clinic.Say(MessageKeys.CheckInCancelled))
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task A_route_raised_after_the_yes_needs_no_check_in()
    {
        var followUps = new ClinicFollowUps();
        var clinic = new Clinic(followUps: followUps);
        await ToTheClinicRoute(clinic.Chat())
            .BotOffersACheckIn("tomorrow at 10:00 AM")
            .UserSays("yes")
            .BotSaysContaining("I'll check in")
            .UserSays("actually i have a fever of 101.5 now")
            .BotSendsToProvider("Fever")
            .ADayPasses(clinic, followUps)
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task By_text_the_offer_says_what_will_be_sent_and_that_STOP_ends_it()
    {
        var clinic = new Clinic(followUps: new ClinicFollowUps());
        await clinic.Chat("sms")
            .Then(async () =>
            {
                var said = new List<string>();
                foreach (var text in ToTheClinic)
                {
                    await clinic.Adapter.ProcessActivityAsync(clinic.Adapter.MakeMessage(text), clinic.Bot.OnTurnAsync);
                }

                while (clinic.Adapter.TakeReply() is { } reply)
                {
                    said.Add(reply.Text ?? string.Empty);
                }

                Assert.Equal($"{Say(MessageKeys.CheckInOfferSms, ("when", "tomorrow at 10:00 AM"))} (1) Yes, check in or (2) No, thanks", said[^1]);
                Assert.Contains("Reply STOP", said[^1], StringComparison.Ordinal);

                // The yes names no command: CANCEL alone would stop every text.
                await clinic.Adapter.ProcessActivityAsync(clinic.Adapter.MakeMessage("1"), clinic.Bot.OnTurnAsync);
                var yes = clinic.Adapter.TakeReply()?.Text;
                Assert.Equal(Say(MessageKeys.CheckInScheduledSms, ("when", "tomorrow at 10:00 AM")), yes);
                Assert.DoesNotContain("cancel", yes!, StringComparison.OrdinalIgnoreCase);
            });
    }

    [Fact]
    public async Task Where_nothing_can_reach_her_later_no_check_in_is_offered()
    {
        var clinic = new Clinic(followUps: new ClinicFollowUps());
        var said = new List<string>();
        await clinic.Chat("console")
            .Then(async () =>
            {
                foreach (var text in ToTheClinic)
                {
                    await clinic.Adapter.ProcessActivityAsync(clinic.Adapter.MakeMessage(text), clinic.Bot.OnTurnAsync);
                }

                while (clinic.Adapter.TakeReply() is { } reply)
                {
                    said.Add(reply.Text ?? string.Empty);
                }

                Assert.Equal(Clinic.Say(MessageKeys.RouteClinic), said[^1]);
                Assert.DoesNotContain(said, text => text.Contains("check in", StringComparison.Ordinal));
            });
    }

    [Fact]
    public async Task In_Spanish_the_offer_and_the_check_in_are_in_Spanish()
    {
        var followUps = new ClinicFollowUps();
        var clinic = new Clinic(followUps: followUps);
        var spanish = Clinic.Spanish.Messages;
        await ToTheClinicRoute(clinic.Chat())
            .BotOffersACheckIn("tomorrow at 10:00 AM")
            .UserSays("en español por favor")
            .BotSays(spanish[MessageKeys.LanguageSwitched])
            .BotAsks(spanish.Format(MessageKeys.CheckInOffer, ("when", "mañana a las 10:00 a. m.")), "Sí, por favor", "No, gracias")
            .UserSays("sí")
            .BotSays(Clinic.OnMarkdown(spanish.Format(MessageKeys.CheckInScheduled, ("when", "mañana a las 10:00 a. m."))))
            .ADayPasses(clinic, followUps)
            .BotAsksHowItIs("¿Cómo sigue el dolor en el seno?", "Mejor", "Igual", "Peor")
            .UserSays("igual")
            .BotSends("the provider's advice in Spanish", reply => reply.Text?.StartsWith("Por favor, comuníquese hoy", StringComparison.Ordinal) == true)
            .BotSays(spanish[MessageKeys.RouteProviderMeanwhile])
            .BotSays(spanish[MessageKeys.RouteProviderOffices])
            .BotSaysNothingMore();
    }

    [Theory]
    [InlineData("sí claro que sí", true)]
    [InlineData("ahorita no gracias", false)]
    public async Task In_Spanish_a_yes_or_a_no_in_her_own_words_answers_the_offer(string answer, bool kept)
    {
        var followUps = new ClinicFollowUps();
        var clinic = new Clinic(followUps: followUps);
        var spanish = Clinic.Spanish.Messages;
        await ToTheClinicRoute(clinic.Chat())
            .BotOffersACheckIn("tomorrow at 10:00 AM")
            .UserSays("en español por favor")
            .BotSays(spanish[MessageKeys.LanguageSwitched])
            .BotAsks(spanish.Format(MessageKeys.CheckInOffer, ("when", "mañana a las 10:00 a. m.")), "Sí, por favor", "No, gracias")
            .UserSays(answer)
            .BotSays(kept ? Clinic.OnMarkdown(spanish.Format(MessageKeys.CheckInScheduled, ("when", "mañana a las 10:00 a. m."))) : spanish[MessageKeys.CheckInDeclined])
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task A_check_in_at_one_o_clock_reads_a_la_in_Spanish()
    {
        var followUps = new ClinicFollowUps();
        var clinic = new Clinic(new DateTimeOffset(2026, 11, 24, 21, 15, 0, TimeSpan.Zero), followUps: followUps);
        await ToTheClinicRoute(clinic.Chat())
            .BotOffersACheckIn("tomorrow at 1:15 PM")
            .UserSays("español")
            .BotSays(Clinic.Spanish.Messages[MessageKeys.LanguageSwitched])
            .BotAsks(Clinic.Spanish.Messages.Format(MessageKeys.CheckInOffer, ("when", "mañana a la 1:15 p. m.")), "Sí, por favor", "No, gracias");
    }

    private static Task AssertPending(ClinicFollowUps followUps, DateTimeOffset due)
    {
        Assert.Equal(due, Assert.Single(followUps.Pending).Value.Due);
        return Task.CompletedTask;
    }

    private static string Say(string key, params (string Name, string Value)[] values) => Clinic.Content.Messages.Format(key, values);

    private static ConversationTest ReadyToCoach(ConversationTest chat) => chat
        .UserReachesTheReadBack("I have a plugged duct")
        .UserSays("yes")
        .BotAsksWhichBreast();

    private static ConversationTest ThroughTheMassage(Clinic clinic, ConversationTest chat)
    {
        chat = ReadyToCoach(chat).UserSays("left");
        foreach (var step in Tbml.Steps)
        {
            chat = chat.BotShowsStep(step.Title).UserSays("next");
        }

        return chat.BotShowsStep(Tbml.TipsTitle)
            .UserSays("next")
            .BotSays(Tbml.WhenToCall)
            .BotSays(Clinic.Say(MessageKeys.CoachFinished));
    }

    // The clinic's route, a yes to the check-in, and a day later its question.
    private static ConversationTest AgreedAndADayLater(Clinic clinic, ClinicFollowUps followUps) =>
        ToTheClinicRoute(clinic.Chat())
            .BotOffersACheckIn("tomorrow at 10:00 AM")
            .UserSays("yes")
            .BotSaysContaining("I'll check in")
            .ADayPasses(clinic, followUps)
            .BotAsksHowItIs("How is your breast pain now?");

    private static ConversationTest ToTheClinicRoute(ConversationTest chat) => chat
        .UserStartsWith(ToTheClinic[0])
        .UserSays(ToTheClinic[1])
        .BotSays(Clinic.Say(MessageKeys.RouteClinic));
}
