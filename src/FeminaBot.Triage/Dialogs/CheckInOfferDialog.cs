using FeminaBot.Conversations.Dialogs;
using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Conversations.Dialogs.Prompts;
using FeminaBot.Conversations.Recognition;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Findings;
using FeminaBot.Triage.FollowUps;

namespace FeminaBot.Triage.Dialogs;

/// <summary>
/// Offers a check-in about a day later, at the end of the coaching and after the clinic's route, where
/// the host can reach the conversation then. Nothing is kept without a yes; on SMS the offer says what
/// will be sent and that STOP ends it. Any message that is not an answer closes the offer as a no
/// (<see cref="IsAnswer"/>), so the person is never held at it.
/// </summary>
public sealed class CheckInOfferDialog : ComponentDialog
{
    /// <summary>What the coaching ends with when it would offer a check-in: the bot then begins this dialog.</summary>
    public const string Offer = "offerCheckIn";

    private const string StepsId = "checkIn.offer.steps";
    private const string PromptId = "checkIn.offer.prompt";
    private readonly TriageServices _services;

    public CheckInOfferDialog(TriageServices services) : base(DialogIds.CheckInOffer)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        AddDialog(new WaterfallDialog(StepsId, [AskAsync, AnsweredAsync]));
        AddDialog(new ContentPrompt(
            PromptId,
            services,
            (turnContext, _) => Task.FromResult(Question(turnContext)),
            (prompt, _) => Task.FromResult(prompt.Recognized.Succeeded || YesOrNo(services, prompt.Context) is not null)));
    }

    /// <summary>Whether a check-in can be offered in this conversation now.</summary>
    public static bool CanOffer(TriageServices services, ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(turnContext);
        return services.FollowUps.DueFor(turnContext.Activity, services.Now(turnContext)) is not null;
    }

    /// <summary>Whether the message answers the offer: one of its buttons, or a yes or a no ("yeah sure, that would be great", "sí, claro").</summary>
    public static bool IsAnswer(TriageServices services, ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(turnContext);
        return ChoiceRecognizer.Recognize(turnContext.Activity.RemoveRecipientMention().Text ?? string.Empty, services.Content.Choices.CheckInOffer) is { Score: >= 1.0 }
            || YesOrNo(services, turnContext) is not null;
    }

    // A yes or a no in the message's words as the turn's reading has them (shorthand written out,
    // Spanish without its accents).
    private static bool? YesOrNo(TriageServices services, ITurnContext turnContext) =>
        YesNoRecognizer.Recognize(string.Join(' ', services.Reading(turnContext).Typed));

    private Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        CanOffer(_services, step.Context)
            ? step.PromptAsync(PromptId, new PromptOptions(), cancellationToken)
            : step.EndDialogAsync(null, cancellationToken);

    private async Task<DialogTurnResult> AnsweredAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var now = _services.Now(step.Context);
        var yes = step.Result is FoundChoice found ? found.Index == 0 : YesOrNo(_services, step.Context) == true;
        if (!yes || _services.FollowUps.DueFor(step.Context.Activity, now) is not { } due)
        {
            await step.Context.SendActivityAsync(_services.Messages[MessageKeys.CheckInDeclined], cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var checkIn = CheckIn.At(due);
        await _services.FollowUps.ScheduleAsync(step.Context, checkIn, cancellationToken);
        var state = await _services.State.GetAsync(step.Context, () => new TriageState(), cancellationToken);
        state.CheckIn = checkIn;
        var scheduled = ByText(step.Context) ? MessageKeys.CheckInScheduledSms : MessageKeys.CheckInScheduled;
        await step.Context.SendActivityAsync(_services.Messages.Format(scheduled, ("when", When(step.Context, due))), cancellationToken: cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private PromptOptions Question(ITurnContext turnContext)
    {
        var due = _services.FollowUps.DueFor(turnContext.Activity, _services.Now(turnContext)) ?? _services.Now(turnContext);
        var key = ByText(turnContext) ? MessageKeys.CheckInOfferSms : MessageKeys.CheckInOffer;
        return new PromptOptions
        {
            Prompt = MessageFactory.Text(_services.Messages.Format(key, ("when", When(turnContext, due)))),
            Choices = _services.Content.Choices.CheckInOffer,
        };
    }

    private static bool ByText(ITurnContext turnContext) => turnContext.Activity.ChannelId == Channels.Sms;

    private string When(ITurnContext turnContext, DateTimeOffset due) =>
        CheckInWhen.Say(_services.Content, _services.Content.Offices.LocalTime(due), _services.LocalNow(turnContext));
}
