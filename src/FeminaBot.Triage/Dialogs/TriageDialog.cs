using FeminaBot.Conversations.Dialogs;
using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Findings;

namespace FeminaBot.Triage.Dialogs;

/// <summary>
/// The safety check first, then one short question at a time about the signs still unknown. What a
/// message states has already been applied by the <see cref="SafetyGate"/>; this dialog reads only the
/// answer to its own question, and leaves concluding the route to the gate.
/// </summary>
public sealed class TriageDialog(TriageServices services) : Dialog(DialogIds.Triage)
{
    private const string AskingKey = "asking";

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = await services.State.GetAsync(dc.Context, () => new TriageState(), cancellationToken);
        return await AskNextAsync(dc, state, introduce: true, cancellationToken);
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
        var asking = dc.ActiveDialog!.State[AskingKey]?.GetValue<string>() ?? FindingIds.Emergency;
        var reading = services.Reading(dc.Context);
        var outcome = services.Answers.ApplyAnswer(state.Findings, reading, asking);
        foreach (var note in outcome.Notes)
        {
            await dc.Context.SendActivityAsync(note, cancellationToken: cancellationToken);
        }

        if (!outcome.Understood)
        {
            var sorry = outcome.AskTemperatureAgain ? MessageKeys.TemperatureUnclear : MessageKeys.NotUnderstood;
            await dc.Context.SendActivityAsync(services.Messages[sorry], cancellationToken: cancellationToken);
            await AskAsync(dc.Context, asking, cancellationToken);
            return EndOfTurn;
        }

        if (await services.Gate.RaiseAsync(dc, state, cancellationToken))
        {
            return EndOfTurn;
        }

        return await AskNextAsync(dc, state, introduce: false, cancellationToken);
    }

    /// <inheritdoc/>
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return AskAsync(turnContext, instance.State[AskingKey]?.GetValue<string>(), cancellationToken);
    }

    private async Task<DialogTurnResult> AskNextAsync(DialogContext dc, TriageState state, bool introduce, CancellationToken cancellationToken)
    {
        // What is known may already decide the route (signs told before, an earlier safety check).
        if (services.Router.NextQuestion(state.Findings) is not { } next)
        {
            await dc.EndDialogAsync(null, cancellationToken);
            await services.Gate.RaiseAsync(dc, state, cancellationToken);
            return EndOfTurn;
        }

        dc.ActiveDialog!.State[AskingKey] = next;
        if (introduce)
        {
            await dc.Context.SendActivityAsync(services.Messages[MessageKeys.TriageStart], cancellationToken: cancellationToken);
        }

        await AskAsync(dc.Context, next, cancellationToken);
        return EndOfTurn;
    }

    private Task AskAsync(ITurnContext turnContext, string? asking, CancellationToken cancellationToken)
    {
        var question = asking switch
        {
            null => null,
            FindingIds.Emergency => services.Content.Emergency.Question,
            _ => services.Content.Findings[asking].Question,
        };
        if (question is null)
        {
            return Task.CompletedTask;
        }

        var incoming = turnContext.Activity;
        var activity = ChoiceFactory.ForChannel(incoming.ChannelId, AnswerReader.Choices, question, conversationType: incoming.Conversation?.ConversationType);
        return turnContext.SendActivityAsync(activity, cancellationToken);
    }
}
