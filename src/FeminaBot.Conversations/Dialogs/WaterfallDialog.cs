using System.Text.Json.Nodes;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.State;

namespace FeminaBot.Conversations.Dialogs;

/// <summary>One step of a waterfall: it prompts, begins a child, moves on with NextAsync, or ends the dialog.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);

/// <summary>A dialog of steps run in order, each receiving the previous step's result.</summary>
public class WaterfallDialog : Dialog
{
    private const string StepIndexKey = "stepIndex";
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";
    private readonly List<WaterfallStep> _steps;

    /// <summary>Creates a waterfall of the given steps.</summary>
    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null) : base(dialogId) =>
        _steps = steps?.ToList() ?? [];

    /// <summary>Appends a step.</summary>
    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    /// <inheritdoc/>
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = ToNode(options);
        state[ValuesKey] = new JsonObject();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, options, cancellationToken);
    }

    /// <summary>The user answered: the current step's result is the message text, and the next step runs.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult(EndOfTurn);
        }

        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken);
    }

    /// <inheritdoc/>
    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.State;
        var index = state[StepIndexKey]?.GetValue<int>() ?? 0;
        return RunStepAsync(dc, index + 1, reason, result, state[OptionsKey], cancellationToken);
    }

    /// <summary>Runs one step; override to observe steps.</summary>
    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepContext);
        return _steps[stepContext.Index](stepContext, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, object? options, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var state = dc.ActiveDialog!.State;
        state[StepIndexKey] = index;
        if (state[ValuesKey] is not JsonObject values)
        {
            values = [];
            state[ValuesKey] = values;
        }

        var stepContext = new WaterfallStepContext(this, dc, options, values, index, reason, result);
        return await OnStepAsync(stepContext, cancellationToken);
    }

    private static JsonNode? ToNode(object? options) => options switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        _ => System.Text.Json.JsonSerializer.SerializeToNode(options, options.GetType(), StateJson.Options),
    };
}
