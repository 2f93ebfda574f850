using FeminaBot.Conversations.Dialogs;
using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Findings;

namespace FeminaBot.Triage.Dialogs;

/// <summary>
/// The safety check first, then one short question at a time about the signs still unknown, until
/// the route is decided. Every answer is read whole, so "no, but I have chills" answers two
/// questions. Begun with the person's first message, whose signs count before anything is asked.
/// Ends with the decided <see cref="Route"/>.
/// </summary>
public sealed class TriageDialog(TriageServices services) : Dialog(DialogIds.Triage)
{
    private const string AskingKey = "asking";

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = await services.State.GetAsync(dc.Context, () => new TriageState(), cancellationToken);
        if (options is string firstMessage)
        {
            state.Side ??= Recognition.SideRecognizer.Recognize(firstMessage);
            var outcome = services.Answers.Apply(state.Findings, services.ReadSymptoms(dc.Context, firstMessage), firstMessage, null);
            await SendAllAsync(dc.Context, outcome.Notes, cancellationToken);
        }

        return await AdvanceAsync(dc, state, introduce: true, cancellationToken);
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
        var asking = dc.ActiveDialog!.State[AskingKey]?.GetValue<string>();
        state.Side ??= Recognition.SideRecognizer.Recognize(dc.Context.Activity.Text);
        var reading = services.ReadSymptoms(dc.Context, dc.Context.Activity.Text, askedForTemperature: asking == FindingIds.Fever);
        var outcome = services.Answers.Apply(state.Findings, reading, dc.Context.Activity.Text, asking);
        await SendAllAsync(dc.Context, outcome.Notes, cancellationToken);
        if (!outcome.Understood)
        {
            var sorry = outcome.AskTemperatureAgain ? MessageKeys.TemperatureUnclear : MessageKeys.NotUnderstood;
            await dc.Context.SendActivityAsync(services.Messages[sorry], cancellationToken: cancellationToken);
            await AskAsync(dc.Context, asking, cancellationToken);
            return EndOfTurn;
        }

        return await AdvanceAsync(dc, state, introduce: false, cancellationToken);
    }

    /// <inheritdoc/>
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return AskAsync(turnContext, instance.State[AskingKey]?.GetValue<string>(), cancellationToken);
    }

    private async Task<DialogTurnResult> AdvanceAsync(DialogContext dc, TriageState state, bool introduce, CancellationToken cancellationToken)
    {
        if (services.Router.Decide(state.Findings) is { } route)
        {
            state.Route = route;
            await services.Announcer.AnnounceAsync(dc.Context, route, state.Findings, cancellationToken);
            return await dc.EndDialogAsync(route, cancellationToken);
        }

        var next = services.Router.NextQuestion(state.Findings);
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

    private static async Task SendAllAsync(ITurnContext turnContext, IReadOnlyList<string> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            await turnContext.SendActivityAsync(message, cancellationToken: cancellationToken);
        }
    }
}
