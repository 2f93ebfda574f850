using FeminaBot.Conversations.Dialogs;
using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Conversations.Recognition;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Findings;

namespace FeminaBot.Triage.Dialogs;

/// <summary>
/// Coaches the massage one step per message: which breast (so it can say which hand), the steps,
/// the tips, and when to call a provider. The person moves on with "next", and can repeat a step,
/// go back, or stop. A sign of infection mentioned along the way ends the coaching and sends the
/// person to their provider.
/// </summary>
public sealed class CoachingDialog(TriageServices services) : Dialog(DialogIds.Coaching)
{
    private const string StepKey = "step";
    private const int AskingSide = -1;

    private static readonly HashSet<string> HurtWords = new(StringComparer.Ordinal) { "hurts", "hurt", "hurting", "painful", "ouch", "ow", "pain", "sore" };

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = await services.State.GetAsync(dc.Context, () => new TriageState(), cancellationToken);
        return await GoToAsync(dc, state.Side is null ? AskingSide : 0, state, cancellationToken);
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var state = await services.State.GetAsync(dc.Context, () => new TriageState(), cancellationToken);
        var text = dc.Context.Activity.Text;
        var step = dc.ActiveDialog!.State[StepKey]?.GetValue<int>() ?? AskingSide;

        // Never coach on through a sign of infection: the person needs their provider first.
        var reading = services.ReadSymptoms(dc.Context, text);
        if (services.Content.Routing.ProviderSigns.Any(id => reading.Findings.TryGetValue(id, out var said) && said == Recognition.Polarity.Yes))
        {
            services.Answers.Apply(state.Findings, reading, text, null);
            state.Route = Route.Provider;
            await services.Announcer.AnnounceAsync(dc.Context, Route.Provider, state.Findings, cancellationToken);
            return await dc.EndDialogAsync(Route.Provider, cancellationToken);
        }

        if (step == AskingSide)
        {
            if (ChoiceRecognizer.Recognize(text, SideChoices()) is not { } side)
            {
                await Say(dc, MessageKeys.NotUnderstood, cancellationToken);
                return await GoToAsync(dc, AskingSide, state, cancellationToken);
            }

            state.Side = side.Index switch { 0 => "left", 1 => "right", _ => "both" };
            return await GoToAsync(dc, 0, state, cancellationToken);
        }

        if (TextTokens.Split(text).Any(HurtWords.Contains))
        {
            await Say(dc, MessageKeys.CoachHurts, cancellationToken);
            return await GoToAsync(dc, step, state, cancellationToken);
        }

        switch (ChoiceRecognizer.Recognize(text, NavigationChoices())?.Index)
        {
            case 0:
                return await GoToAsync(dc, step + 1, state, cancellationToken);
            case 1:
                return await GoToAsync(dc, step, state, cancellationToken);
            case 2 when step == 0:
                await Say(dc, MessageKeys.CoachAtFirst, cancellationToken);
                return await GoToAsync(dc, 0, state, cancellationToken);
            case 2:
                return await GoToAsync(dc, step - 1, state, cancellationToken);
            case 3:
                await dc.Context.SendActivityAsync(services.Messages.Format(MessageKeys.CoachStopped, ("whenToCall", services.Content.Tbml.WhenToCall)), cancellationToken: cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
            default:
                await dc.Context.SendActivityAsync(WithNavigation(dc.Context, services.Messages[MessageKeys.CoachNextHint]), cancellationToken);
                return EndOfTurn;
        }
    }

    /// <inheritdoc/>
    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var state = await services.State.GetAsync(turnContext, () => new TriageState(), cancellationToken);
        var step = instance.State[StepKey]?.GetValue<int>() ?? AskingSide;
        await SendStepAsync(turnContext, step, state, cancellationToken);
    }

    private async Task<DialogTurnResult> GoToAsync(DialogContext dc, int step, TriageState state, CancellationToken cancellationToken)
    {
        var tbml = services.Content.Tbml;
        if (step > tbml.Steps.Count)
        {
            await dc.Context.SendActivityAsync(tbml.WhenToCall, cancellationToken: cancellationToken);
            await Say(dc, MessageKeys.CoachFinished, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        dc.ActiveDialog!.State[StepKey] = step;
        await SendStepAsync(dc.Context, step, state, cancellationToken);
        return EndOfTurn;
    }

    private Task SendStepAsync(ITurnContext turnContext, int step, TriageState state, CancellationToken cancellationToken)
    {
        var tbml = services.Content.Tbml;
        if (step == AskingSide)
        {
            var incoming = turnContext.Activity;
            var question = ChoiceFactory.ForChannel(incoming.ChannelId, SideChoices(), services.Messages[MessageKeys.WhichBreast], conversationType: incoming.Conversation?.ConversationType);
            return turnContext.SendActivityAsync(question, cancellationToken);
        }

        var text = step < tbml.Steps.Count
            ? $"{tbml.Steps[step].Title}\n\n{Messages.Fill(tbml.Steps[step].Text, ("hand", Hand(state.Side)), ("breast", Breast(state.Side)))}"
            : $"{tbml.TipsTitle}\n\n{string.Join('\n', tbml.Tips.Select(tip => $"• {tip}"))}";
        return turnContext.SendActivityAsync(WithNavigation(turnContext, text), cancellationToken);
    }

    private Activity WithNavigation(ITurnContext turnContext, string text)
    {
        var incoming = turnContext.Activity;
        return ChoiceFactory.ForChannel(incoming.ChannelId, NavigationChoices(), text, conversationType: incoming.Conversation?.ConversationType);
    }

    private Task Say(DialogContext dc, string key, CancellationToken cancellationToken) =>
        dc.Context.SendActivityAsync(services.Messages[key], cancellationToken: cancellationToken);

    private string Hand(string? side) => services.Messages[side switch
    {
        "left" => MessageKeys.HandForLeft,
        "right" => MessageKeys.HandForRight,
        _ => MessageKeys.HandForBoth,
    }];

    private string Breast(string? side) => services.Messages[side switch
    {
        "left" => MessageKeys.BreastLeft,
        "right" => MessageKeys.BreastRight,
        _ => MessageKeys.BreastBoth,
    }];

    private List<Choice> SideChoices() =>
    [
        new(services.Messages[MessageKeys.WhichBreastLeft], "left one", "left side", "left breast", "left boob"),
        new(services.Messages[MessageKeys.WhichBreastRight], "right one", "right side", "right breast", "right boob"),
        new(services.Messages[MessageKeys.WhichBreastBoth], "both sides", "both breasts", "both of them", "each", "either"),
    ];

    private List<Choice> NavigationChoices() =>
    [
        new(services.Messages[MessageKeys.CoachNext], "done", "ok", "okay", "continue", "ready", "yes", "go on", "finished", "did it", "next step", "got it"),
        new(services.Messages[MessageKeys.CoachRepeat], "again", "say again", "repeat that", "one more time", "what"),
        new(services.Messages[MessageKeys.CoachBack], "previous", "go back", "last step", "previous step"),
        new(services.Messages[MessageKeys.CoachStop], "quit", "enough", "end", "cancel", "no", "finish", "stop coaching"),
    ];
}
