using FeminaBot.Conversations.Dialogs;
using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Conversations.Dialogs.Prompts;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Findings;

namespace FeminaBot.Triage.Dialogs;

/// <summary>
/// The check-in about a day later: "How is your left breast now?" with Better, The same and Worse.
/// Better: a kind close and the massage tips. The same: not better within about 24 hours, which the
/// safety gate routes to the provider. Worse: the safety check again, then the same. A sign told in
/// the answer passes the gate first, as in any turn; no answer at all, and nothing more is sent.
/// </summary>
public sealed class CheckInDialog : ComponentDialog
{
    private const string StepsId = "checkIn.steps";
    private const string PromptId = "checkIn.prompt";
    private readonly TriageServices _services;

    public CheckInDialog(TriageServices services) : base(DialogIds.CheckIn)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        AddDialog(new WaterfallDialog(StepsId, [AskAsync, AnsweredAsync]));
        AddDialog(new ContentPrompt(PromptId, services, QuestionAsync));
    }

    private Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(PromptId, new PromptOptions(), cancellationToken);

    private async Task<DialogTurnResult> AnsweredAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = await _services.State.GetAsync(step.Context, () => new TriageState(), cancellationToken);
        switch ((step.Result as FoundChoice)?.Index)
        {
            case 0:
                await step.Context.SendActivityAsync(_services.Messages[MessageKeys.CheckInBetter], cancellationToken: cancellationToken);
                await step.Context.SendActivityAsync(_services.Content.Tbml.TipsMessage, cancellationToken: cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            case 2:
                // Worse: the safety check first (its answer is asked again), then the route.
                await step.Context.SendActivityAsync(_services.Messages[MessageKeys.CheckInWorse], cancellationToken: cancellationToken);
                state.Findings.Signs[FindingIds.Lasting] = true;
                state.Findings.Emergency = null;
                var root = step.Parent!;
                await root.CancelAllDialogsAsync(cancellationToken: cancellationToken);
                await root.BeginDialogAsync(DialogIds.Triage, true, cancellationToken);
                return EndOfTurn;
            default:
                // The same a day later is "not better within about 24 hours": the provider.
                state.Findings.Signs[FindingIds.Lasting] = true;
                await _services.Gate.RaiseAsync(step, state, cancellationToken);
                return EndOfTurn;
        }
    }

    private async Task<PromptOptions> QuestionAsync(ITurnContext turnContext, System.Text.Json.Nodes.JsonNode? options)
    {
        var state = await _services.State.GetAsync(turnContext, () => new TriageState(), CancellationToken.None);
        var messages = _services.Messages;
        var question = state.Side switch
        {
            "left" => messages.Format(MessageKeys.CheckInQuestion, ("breast", messages[MessageKeys.BreastLeft])),
            "right" => messages.Format(MessageKeys.CheckInQuestion, ("breast", messages[MessageKeys.BreastRight])),
            "both" => messages.Format(MessageKeys.CheckInQuestion, ("breast", messages[MessageKeys.BreastBoth])),
            _ => messages[MessageKeys.CheckInQuestionPain],
        };
        return new PromptOptions { Prompt = MessageFactory.Text(question), Choices = _services.Content.Choices.CheckIn };
    }
}
