using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Testing;
using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Tests.Conversations;

/// <summary>The bot's recurring lines, in the words of dialogs/ as the conversation's channel receives them, so transcripts read like the conversation.</summary>
internal static class TriageTranscript
{
    public static readonly string[] AnswerButtons = ["Yes", "No", "Not sure"];

    public static ConversationTest BotWelcomes(this ConversationTest test) =>
        test.BotSays(Clinic.On(test, Clinic.Say(MessageKeys.Welcome)));

    public static ConversationTest BotOffersTheMenu(this ConversationTest test) =>
        test.BotAsks(Clinic.Say(MessageKeys.Menu), "Check my symptoms", "Massage steps", "Offices and hours");

    /// <summary>A finding's question with the answer buttons, as Web Chat receives it.</summary>
    public static ConversationTest BotAsksAbout(this ConversationTest test, string finding) =>
        test.BotAsks(Clinic.OnMarkdown(Clinic.Question(finding)), AnswerButtons);

    public static ConversationTest BotStartsTriage(this ConversationTest test) =>
        test.BotSays(Clinic.Say(MessageKeys.TriageStart)).BotAsksAbout(FindingIds.Emergency);

    /// <summary>A first message about symptoms: the bot welcomes the person and starts with the safety check.</summary>
    public static ConversationTest UserStartsWith(this ConversationTest test, string text) =>
        test.UserSays(text).BotWelcomes().BotStartsTriage();

    public static ConversationTest BotSendsTo911(this ConversationTest test) =>
        test.BotSays(Clinic.On(test, Clinic.Say(MessageKeys.RouteEmergency)));

    /// <summary>911 for a "yes" that named no sign: the safety check asks about thoughts of harm, so 988 comes too.</summary>
    public static ConversationTest BotSendsTo911And988(this ConversationTest test) =>
        test.BotSendsTo911().BotSays(Clinic.On(test, Clinic.Say(MessageKeys.RouteEmergencySelfHarm)));

    public static ConversationTest BotSendsToProvider(this ConversationTest test, string signs) =>
        test.BotSays(Clinic.Content.Messages.Format(MessageKeys.RouteProvider, ("signs", signs)))
            .BotSays(Clinic.Say(MessageKeys.RouteProviderMeanwhile))
            .BotSays(Clinic.Say(MessageKeys.RouteProviderOffices));

    public static ConversationTest BotCoachesTheMassage(this ConversationTest test) =>
        test.BotSays(Clinic.Say(MessageKeys.RouteTbml));

    /// <summary>A lump with no sign of infection, up to the read-back before the massage.</summary>
    public static ConversationTest UserReachesTheReadBack(this ConversationTest test, string firstMessage, params string[] readBack) =>
        test.UserStartsWith(firstMessage)
            .UserSays("no")
            .BotAsksAbout(FindingIds.Redness)
            .UserSays("no redness, fever, chills or body aches")
            .BotCoachesTheMassage()
            .BotReadsBack(readBack);

    /// <summary>docs/clinical-rules.md, "Before coaching": one line of what was understood, with a chance to correct it.</summary>
    public static ConversationTest BotReadsBack(this ConversationTest test, params string[] fragments) =>
        test.BotSends(
            $"the read-back \"You told me: ...{string.Join("...", fragments)}...\" with Yes and No buttons",
            reply => ActivityText.Of(reply) is { } text
                && text.StartsWith("You told me: ", StringComparison.Ordinal)
                && fragments.All(f => text.Contains(f, StringComparison.Ordinal))
                && ActivityText.ChoicesOf(reply).SequenceEqual(["Yes, that's right", "No, let me fix it"]));

    public static ConversationTest BotAsksWhichBreast(this ConversationTest test) =>
        test.BotAsks(Clinic.Say(MessageKeys.WhichBreast), "Left", "Right", "Both");

    public static ConversationTest BotShowsStep(this ConversationTest test, string title, params string[] fragments) =>
        test.BotSends(
            $"the massage step \"{title}\" with Next, Repeat, Back and Stop",
            reply => ActivityText.Of(reply) is { } text
                && text.StartsWith(title, StringComparison.Ordinal)
                && fragments.All(f => text.Contains(f, StringComparison.Ordinal))
                && ActivityText.ChoicesOf(reply).SequenceEqual(["Next", "Repeat", "Back", "Stop"]));

    /// <summary>The offer of a check-in, with its two buttons.</summary>
    public static ConversationTest BotOffersACheckIn(this ConversationTest test, string when) =>
        test.BotAsks(Clinic.Content.Messages.Format(MessageKeys.CheckInOffer, ("when", when)), "Yes, check in", "No, thanks");

    /// <summary>The check-in's question, with Better, The same and Worse.</summary>
    public static ConversationTest BotAsksHowItIs(this ConversationTest test, string question, params string[] buttons) =>
        test.BotSends(
            $"the check-in \"...{question}\"",
            reply => ActivityText.Of(reply) is { } text
                && text.EndsWith(question, StringComparison.Ordinal)
                && ActivityText.ChoicesOf(reply).SequenceEqual(buttons.Length > 0 ? buttons : ["Better", "The same", "Worse"]));

    /// <summary>A day passes and the host sends the conversation's check-in, if it still has one.</summary>
    public static ConversationTest ADayPasses(this ConversationTest test, Clinic clinic, Tests.FollowUps.ClinicFollowUps followUps, string? which = null) =>
        test.Then(async () =>
        {
            var conversation = clinic.Adapter.Conversation;
            var id = followUps.Pending.TryGetValue(conversation.Conversation!.Id!, out var checkIn) ? checkIn.Id : which ?? "none";
            clinic.Clock.Advance(TimeSpan.FromDays(1));
            followUps.Pending.Remove(conversation.Conversation!.Id!);
            await clinic.Adapter.ContinueConversationAsync(conversation, (turnContext, ct) => clinic.Bot.CheckInAsync(turnContext, id, ct), default);
        });
}
