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
    private const int ReadingBack = -3;
    private const int AskingWhatToFix = -2;
    private const int AskingSide = -1;

    private static readonly HashSet<string> HurtWords = new(StringComparer.Ordinal) { "hurts", "hurt", "hurting", "painful", "ouch", "ow", "pain", "sore" };

    /// <summary>Begins with the read-back of what was understood; <c>true</c> as options goes straight to the massage.</summary>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = await services.State.GetAsync(dc.Context, () => new TriageState(), cancellationToken);
        var first = options is true ? FirstStep(state) : ReadingBack;
        return await GoToAsync(dc, first, state, cancellationToken);
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        // Signs of infection or an emergency never reach here: the safety gate has ended the coaching.
        var state = await services.State.GetAsync(dc.Context, () => new TriageState(), cancellationToken);
        var reading = services.Reading(dc.Context);
        var text = reading.Text;
        var step = dc.ActiveDialog!.State[StepKey]?.GetValue<int>() ?? AskingSide;
        switch (step)
        {
            case ReadingBack:
                return await ReadBackAnsweredAsync(dc, state, reading, cancellationToken);
            case AskingWhatToFix:
                // The correction was read like any other message; say back what is known now.
                state.Side = reading.Side ?? state.Side;
                return await GoToAsync(dc, ReadingBack, state, cancellationToken);
            case AskingSide:
                if ((reading.Side ?? SideChosen(text)) is not { } side)
                {
                    await Say(dc, MessageKeys.NotUnderstood, cancellationToken);
                    return await GoToAsync(dc, AskingSide, state, cancellationToken);
                }

                state.Side = side;
                return await GoToAsync(dc, 0, state, cancellationToken);
        }

        if (reading.Typed.Any(HurtWords.Contains))
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

    private async Task<DialogTurnResult> ReadBackAnsweredAsync(DialogContext dc, TriageState state, Understanding.MessageReading reading, CancellationToken cancellationToken)
    {
        var choice = ChoiceRecognizer.Recognize(reading.Text, ReadBackChoices())?.Index;
        var yes = choice == 0 || choice is null && YesNoRecognizer.Recognize(reading.Text) == true;
        if (yes && reading.Side is null && !reading.SaysAnything)
        {
            return await GoToAsync(dc, FirstStep(state), state, cancellationToken);
        }

        // A correction is read like any other message: the gate has applied it; a new side is taken here.
        if (reading.Side is { } side || reading.SaysAnything)
        {
            state.Side = reading.Side ?? state.Side;
            return await GoToAsync(dc, ReadingBack, state, cancellationToken);
        }

        return await GoToAsync(dc, AskingWhatToFix, state, cancellationToken);
    }

    private static int FirstStep(TriageState state) => state.Side is null ? AskingSide : 0;

    private string? SideChosen(string text) => ChoiceRecognizer.Recognize(text, SideChoices())?.Index switch
    {
        0 => "left",
        1 => "right",
        2 => "both",
        _ => null,
    };

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
        if (step == ReadingBack)
        {
            return turnContext.SendActivityAsync(Ask(turnContext, ReadBackChoices(), ReadBack(state)), cancellationToken);
        }

        if (step == AskingWhatToFix)
        {
            return turnContext.SendActivityAsync(services.Messages[MessageKeys.ReadBackAskFix], inputHint: InputHints.ExpectingInput, cancellationToken: cancellationToken);
        }

        if (step == AskingSide)
        {
            return turnContext.SendActivityAsync(Ask(turnContext, SideChoices(), services.Messages[MessageKeys.WhichBreast]), cancellationToken);
        }

        var text = step < tbml.Steps.Count
            ? $"{tbml.Steps[step].Title}\n\n{Messages.Fill(tbml.Steps[step].Text, ("hand", Hand(state.Side)), ("breast", Breast(state.Side)))}"
            : $"{tbml.TipsTitle}\n\n{string.Join('\n', tbml.Tips.Select(tip => $"• {tip}"))}";
        return turnContext.SendActivityAsync(WithNavigation(turnContext, text), cancellationToken);
    }

    private Activity WithNavigation(ITurnContext turnContext, string text) => Ask(turnContext, NavigationChoices(), text);

    private static Activity Ask(ITurnContext turnContext, IReadOnlyList<Choice> choices, string text)
    {
        var incoming = turnContext.Activity;
        return ChoiceFactory.ForChannel(incoming.ChannelId, choices, text, conversationType: incoming.Conversation?.ConversationType);
    }

    // CLINICAL.md, "Before coaching": "You told me: a lump or tender spot on the left; no redness, fever, chills or body aches."
    private string ReadBack(TriageState state)
    {
        var rules = services.Content.Routing;
        var found = rules.TbmlSigns.Where(id => state.Findings.Get(id) == true).Select(services.Content.SignName).ToList();
        var absent = rules.ProviderSigns.Where(id => rules.AskOrder.Contains(id)).Select(services.Content.SignName).ToList();
        var side = state.Side switch
        {
            "left" => " " + services.Messages[MessageKeys.ReadBackLeft],
            "right" => " " + services.Messages[MessageKeys.ReadBackRight],
            "both" => " " + services.Messages[MessageKeys.ReadBackBoth],
            _ => string.Empty,
        };
        return services.Messages.Format(MessageKeys.ReadBack, ("found", Join(found, "and")), ("side", side), ("absent", Join(absent, "or")));
    }

    private static string Join(List<string> names, string last) => names.Count switch
    {
        0 => string.Empty,
        1 => names[0],
        _ => $"{string.Join(", ", names[..^1])} {last} {names[^1]}",
    };

    private List<Choice> ReadBackChoices() =>
    [
        new(services.Messages[MessageKeys.ReadBackYes], "yes", "yep", "yeah", "correct", "right", "thats right", "that is right", "sounds right", "ok", "okay"),
        new(services.Messages[MessageKeys.ReadBackFix], "no", "wrong", "not right", "fix", "change", "nope"),
    ];

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
