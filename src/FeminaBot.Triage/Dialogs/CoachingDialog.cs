using FeminaBot.Conversations.Dialogs;
using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Conversations.Dialogs.Prompts;
using FeminaBot.Conversations.Schema;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Findings;

namespace FeminaBot.Triage.Dialogs;

/// <summary>
/// Coaches the massage one step per message: first it says back what it understood (a correction is
/// read like any other message), asks which breast (so it can say which hand), then shows the steps,
/// the tips and when to call a provider. The person moves on with "next", and can repeat a step, go
/// back, or stop. Signs of infection or an emergency never reach it: the safety gate ends the coaching.
/// </summary>
public sealed class CoachingDialog : ComponentDialog
{
    private const string StepsId = "coaching.steps";
    private const string MassageId = "coaching.massage";
    private const string ReadBackId = "coaching.readBack";
    private const string FixId = "coaching.fix";
    private const string SideId = "coaching.side";
    private const string NavigationId = "coaching.navigation";
    private const string ConfirmedKey = "confirmed";

    private readonly TriageServices _services;

    /// <summary>Creates the coaching; begun with <c>true</c> as options, it goes straight to the massage.</summary>
    public CoachingDialog(TriageServices services) : base(DialogIds.Coaching)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        AddDialog(new WaterfallDialog(StepsId, [ReadBackAsync, ReadBackAnsweredAsync, CorrectedAsync, AskSideAsync, MassageAsync]));
        AddDialog(new WaterfallDialog(MassageId, [ShowStepAsync, NavigateAsync]));

        // Every reply to the read-back is an answer: "yes", a correction, or neither (then: what to fix?).
        AddDialog(new ConfirmPrompt(ReadBackId, (_, _) => Task.FromResult(true)));
        AddDialog(new TextPrompt(FixId));
        AddDialog(new ContentPrompt(SideId, services, (_, _) => Task.FromResult(SideQuestion()), ChooseSideAsync));
        AddDialog(new ContentPrompt(NavigationId, services, StepShownAsync, (prompt, _) => Task.FromResult(prompt.Recognized.Succeeded || Hurts(prompt.Context)), saysSorry: false));
    }

    // docs/clinical-rules.md, "Before coaching": "You told me: a lump or tender spot on the left; no redness or warmth, fever, chills or body aches."
    private async Task<DialogTurnResult> ReadBackAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Options is true)
        {
            step.Values[ConfirmedKey] = true;
            return await step.NextAsync(null, cancellationToken);
        }

        var state = await StateAsync(step, cancellationToken);
        return await step.PromptAsync(ReadBackId, new PromptOptions { Prompt = MessageFactory.Text(ReadBack(state)), Choices = ReadBackChoices() }, cancellationToken);
    }

    private async Task<DialogTurnResult> ReadBackAnsweredAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values[ConfirmedKey] is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var reading = _services.Reading(step.Context);
        if (step.Result is true && reading.Side is null && !reading.SaysAnything)
        {
            step.Values[ConfirmedKey] = true;
            return await step.NextAsync(null, cancellationToken);
        }

        // A correction: the gate has applied it; a new side is taken here, and what is known said back.
        if (reading.Side is not null || reading.SaysAnything)
        {
            return await SayBackAgainAsync(step, cancellationToken);
        }

        return await step.PromptAsync(FixId, new PromptOptions { Prompt = MessageFactory.Text(_services.Messages[MessageKeys.ReadBackAskFix]) }, cancellationToken);
    }

    private async Task<DialogTurnResult> CorrectedAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Values[ConfirmedKey] is not null
            ? await step.NextAsync(null, cancellationToken)
            : await SayBackAgainAsync(step, cancellationToken);

    private async Task<DialogTurnResult> SayBackAgainAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = await StateAsync(step, cancellationToken);
        state.Side = _services.Reading(step.Context).Side ?? state.Side;
        return await step.ReplaceDialogAsync(StepsId, null, cancellationToken);
    }

    private async Task<DialogTurnResult> AskSideAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = await StateAsync(step, cancellationToken);
        return state.Side is not null
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(SideId, new PromptOptions(), cancellationToken);
    }

    private async Task<bool> ChooseSideAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
    {
        var side = _services.Reading(prompt.Context).Side ?? prompt.Recognized.Value?.Index switch
        {
            0 => "left",
            1 => "right",
            2 => "both",
            _ => null,
        };
        if (side is null)
        {
            return false;
        }

        (await StateAsync(prompt.Context, cancellationToken)).Side = side;
        return true;
    }

    private Task<DialogTurnResult> MassageAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(MassageId, 0, cancellationToken);

    // One massage step, or after the last the tips; past the tips, when to call and goodbye.
    private async Task<DialogTurnResult> ShowStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var tbml = _services.Content.Tbml;
        var index = Index(step);
        if (index > tbml.Steps.Count)
        {
            await step.Context.SendActivityAsync(tbml.WhenToCall, cancellationToken: cancellationToken);
            await step.Context.SendActivityAsync(_services.Messages[MessageKeys.CoachFinished], cancellationToken: cancellationToken);
            return await EndAsync(step, cancellationToken);
        }

        return await step.PromptAsync(NavigationId, new PromptOptions { Validations = System.Text.Json.Nodes.JsonValue.Create(index) }, cancellationToken);
    }

    // The step's words, for the side she named, with Next, Repeat, Back and Stop; kept out of the saved state.
    private async Task<PromptOptions> StepShownAsync(Conversations.Turns.ITurnContext turnContext, System.Text.Json.Nodes.JsonNode? shown)
    {
        var tbml = _services.Content.Tbml;
        var index = shown?.GetValue<int>() ?? 0;
        var state = await StateAsync(turnContext, CancellationToken.None);
        var text = index < tbml.Steps.Count
            ? $"{tbml.Steps[index].Title}\n\n{Messages.Fill(tbml.Steps[index].Text, ("hand", Hand(state.Side)), ("breast", Breast(state.Side)))}"
            : tbml.TipsMessage;
        return new PromptOptions
        {
            Prompt = MessageFactory.Text(text),
            RetryPrompt = MessageFactory.Text(_services.Messages[MessageKeys.CoachNextHint]),
            Choices = NavigationChoices(),
        };
    }

    private PromptOptions SideQuestion() => new() { Prompt = MessageFactory.Text(_services.Messages[MessageKeys.WhichBreast]), Choices = SideChoices() };

    private async Task<DialogTurnResult> NavigateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var index = Index(step);
        if (Hurts(step.Context))
        {
            await Say(step, MessageKeys.CoachHurts, cancellationToken);
            return await step.ReplaceDialogAsync(MassageId, index, cancellationToken);
        }

        switch ((step.Result as FoundChoice)?.Index)
        {
            case 0:
                return await step.ReplaceDialogAsync(MassageId, index + 1, cancellationToken);
            case 2 when index == 0:
                await Say(step, MessageKeys.CoachAtFirst, cancellationToken);
                return await step.ReplaceDialogAsync(MassageId, 0, cancellationToken);
            case 2:
                return await step.ReplaceDialogAsync(MassageId, index - 1, cancellationToken);
            case 3:
                await step.Context.SendActivityAsync(_services.Messages.Format(MessageKeys.CoachStopped, ("whenToCall", _services.Content.Tbml.WhenToCall)), cancellationToken: cancellationToken);
                return await EndAsync(step, cancellationToken);
            default:
                return await step.ReplaceDialogAsync(MassageId, index, cancellationToken);
        }
    }

    // The end of the coaching: the bot offers a check-in where one can be sent.
    private Task<DialogTurnResult> EndAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(CheckInOfferDialog.CanOffer(_services, step.Context) ? CheckInOfferDialog.Offer : null, cancellationToken);

    private static int Index(WaterfallStepContext step) => step.Options switch
    {
        int index => index,
        System.Text.Json.Nodes.JsonNode node => node.GetValue<int>(),
        _ => 0,
    };

    private bool Hurts(Conversations.Turns.ITurnContext turnContext) => _services.Reading(turnContext).Typed.Any(_services.Content.Choices.Hurts.Contains);

    private Task<TriageState> StateAsync(DialogContext dc, CancellationToken cancellationToken) => StateAsync(dc.Context, cancellationToken);

    private Task<TriageState> StateAsync(Conversations.Turns.ITurnContext turnContext, CancellationToken cancellationToken) =>
        _services.State.GetAsync(turnContext, () => new TriageState(), cancellationToken);

    private string ReadBack(TriageState state)
    {
        var rules = _services.Content.Routing;
        var found = rules.TbmlSigns.Where(id => state.Findings.Get(id) == true).Select(_services.Content.SignName).ToList();
        var absent = rules.ProviderSigns.Where(id => rules.AskOrder.Contains(id)).Select(_services.Content.SignName).ToList();
        var side = state.Side switch
        {
            "left" => " " + _services.Messages[MessageKeys.ReadBackLeft],
            "right" => " " + _services.Messages[MessageKeys.ReadBackRight],
            "both" => " " + _services.Messages[MessageKeys.ReadBackBoth],
            _ => string.Empty,
        };
        return _services.Messages.Format(MessageKeys.ReadBack, ("found", _services.Messages.List(found, MessageKeys.JoinAnd)), ("side", side), ("absent", _services.Messages.List(absent, MessageKeys.JoinAbsent)));
    }

    private Task Say(DialogContext dc, string key, CancellationToken cancellationToken) =>
        dc.Context.SendActivityAsync(_services.Messages[key], cancellationToken: cancellationToken);

    private string Hand(string? side) => _services.Messages[side switch
    {
        "left" => MessageKeys.HandForLeft,
        "right" => MessageKeys.HandForRight,
        _ => MessageKeys.HandForBoth,
    }];

    private string Breast(string? side) => _services.Messages[side switch
    {
        "left" => MessageKeys.BreastLeft,
        "right" => MessageKeys.BreastRight,
        _ => MessageKeys.BreastBoth,
    }];

    private IReadOnlyList<Choice> ReadBackChoices() => _services.Content.Choices.ReadBack;

    private IReadOnlyList<Choice> SideChoices() => _services.Content.Choices.Sides;

    private IReadOnlyList<Choice> NavigationChoices() => _services.Content.Choices.Navigation;
}
