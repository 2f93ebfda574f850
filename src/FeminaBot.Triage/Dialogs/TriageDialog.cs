using System.Text.Json.Nodes;
using FeminaBot.Conversations.Dialogs;
using FeminaBot.Conversations.Dialogs.Prompts;
using FeminaBot.Conversations.Schema;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Findings;

namespace FeminaBot.Triage.Dialogs;

/// <summary>
/// The safety check, then one short question at a time: a waterfall with a step per question in
/// routing.yaml's order. A step whose answer is already known (told in free text, or not needed for
/// the route) passes straight on; otherwise it asks with <see cref="AnswerPrompt"/>, whose validator
/// applies the turn's reading. After each answer the <see cref="SafetyGate"/> concludes the route
/// once the findings decide it.
/// </summary>
public sealed class TriageDialog : ComponentDialog
{
    private const string QuestionsId = "triage.questions";
    private const string AskedKey = "asked";
    private readonly TriageServices _services;
    private readonly List<string> _order;

    /// <summary>Creates the triage over the questions in routing.yaml's order.</summary>
    public TriageDialog(TriageServices services) : base(DialogIds.Triage)
    {
        ArgumentNullException.ThrowIfNull(services);
        _services = services;
        _order = [FindingIds.Emergency, .. services.Content.Routing.AskOrder];
        var steps = new List<WaterfallStep>();
        foreach (var question in _order)
        {
            steps.Add((step, cancellationToken) => AskAsync(step, question, cancellationToken));
        }

        steps.Add(ConcludeAsync);
        AddDialog(new WaterfallDialog(QuestionsId, steps));
        AddDialog(new AnswerPrompt(services));
    }

    // Asks the question unless its answer is known or the route no longer needs it.
    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, string question, CancellationToken cancellationToken)
    {
        var state = await _services.State.GetAsync(step.Context, () => new TriageState(), cancellationToken);
        if (await _services.Gate.RaiseAsync(step, state, cancellationToken))
        {
            return EndOfTurn;
        }

        var next = _services.Router.NextQuestion(state.Findings);
        if (next is null)
        {
            return await ConcludeAsync(step, cancellationToken);
        }

        // A message that told other signs but left the last question open: that question again.
        if (_order.IndexOf(next) < _order.IndexOf(question))
        {
            return await step.ReplaceDialogAsync(QuestionsId, true, cancellationToken);
        }

        if (next != question)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        // Begun again with true as options: the questions were introduced before.
        if (step.Values[AskedKey] is null && step.Options is not (true or JsonValue))
        {
            step.Values[AskedKey] = true;
            await step.Context.SendActivityAsync(_services.Messages[MessageKeys.TriageStart], cancellationToken: cancellationToken);
        }

        return await step.PromptAsync(DialogIds.Answer, new PromptOptions { Validations = JsonValue.Create(question) }, cancellationToken);
    }

    // Every question asked or known: the gate gives the route (or, when it was given before and is no
    // higher now, the triage just ends).
    private async Task<DialogTurnResult> ConcludeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = await _services.State.GetAsync(step.Context, () => new TriageState(), cancellationToken);
        return await _services.Gate.RaiseAsync(step, state, cancellationToken)
            ? EndOfTurn
            : await step.EndDialogAsync(null, cancellationToken);
    }
}
