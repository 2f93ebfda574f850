using System.Text.Json;
using System.Text.Json.Nodes;
using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.Dialogs.Prompts;

/// <summary>
/// A dialog that asks one question and ends with the typed answer. It recognizes the reply, checks
/// it with an optional validator, asks the retry prompt until it gets a usable answer, and gives up
/// with a null result after <see cref="PromptOptions.MaxAttempts"/>.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private const string OptionsKey = "options";
    private const string AttemptKey = "attemptCount";
    private const string StateKey = "state";
    private readonly PromptValidator<T>? _validator;

    /// <summary>Creates a prompt with an optional validator.</summary>
    protected Prompt(string dialogId, PromptValidator<T>? validator = null) : base(dialogId) => _validator = validator;

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var promptOptions = options as PromptOptions ?? throw new ArgumentException($"The prompt '{Id}' must be begun with PromptOptions.", nameof(options));
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = JsonSerializer.SerializeToNode(promptOptions, DialogJsonContext.Default.PromptOptions);
        state[AttemptKey] = 0;
        state[StateKey] = new JsonObject();
        await OnPromptAsync(dc.Context, (JsonObject)state[StateKey]!, promptOptions, false, cancellationToken);
        return EndOfTurn;
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var state = dc.ActiveDialog!.State;
        var options = OptionsOf(state);
        var promptState = state[StateKey] as JsonObject ?? [];
        var attempts = (state[AttemptKey]?.GetValue<int>() ?? 0) + 1;
        state[AttemptKey] = attempts;

        var recognized = await OnRecognizeAsync(dc.Context, promptState, options, cancellationToken);
        var sentBefore = dc.Context.BufferedReplies.Count;
        var valid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, options, promptState, attempts), cancellationToken);

        if (valid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (options.MaxAttempts is { } max && attempts >= max)
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        // A validator that already explained what is wrong has answered; do not pile on. What the turn
        // said before the prompt read the answer (an interruption's answer, say) is no explanation.
        if (dc.Context.BufferedReplies.Count == sentBefore)
        {
            await OnPromptAsync(dc.Context, promptState, options, true, cancellationToken);
        }

        return EndOfTurn;
    }

    /// <summary>An interruption's dialog ended: ask the question again.</summary>
    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default) =>
        RepromptAndWaitAsync(dc, cancellationToken);

    /// <inheritdoc/>
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return OnPromptAsync(turnContext, instance.State[StateKey] as JsonObject ?? [], OptionsOf(instance.State), false, cancellationToken);
    }

    /// <summary>Sends the question, or the retry prompt when <paramref name="isRetry"/>.</summary>
    protected abstract Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken);

    /// <summary>Reads the answer out of the incoming activity.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>The question (or retry) as the activity to send, marked as expecting input.</summary>
    protected static Activity QuestionOf(PromptOptions options, bool isRetry)
    {
        ArgumentNullException.ThrowIfNull(options);
        var question = (isRetry ? options.RetryPrompt ?? options.Prompt : options.Prompt) ?? MessageFactory.Text(string.Empty);
        return question with { InputHint = InputHints.ExpectingInput };
    }

    /// <summary>Adds choices to a question in the style given, or the channel's best when <see cref="ListStyle.Auto"/>.</summary>
    protected static Activity AppendChoices(Activity question, ITurnContext turnContext, IReadOnlyList<Choice> choices, ListStyle style, ChoiceFactoryOptions? factoryOptions = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(turnContext);
        var incoming = turnContext.Activity;
        var rendered = style switch
        {
            ListStyle.Inline => ChoiceFactory.Inline(choices, question.Text, question.Speak, factoryOptions),
            ListStyle.List => ChoiceFactory.List(choices, question.Text, question.Speak, factoryOptions),
            ListStyle.SuggestedAction => ChoiceFactory.SuggestedAction(choices, question.Text, question.Speak),
            ListStyle.HeroCard => ChoiceFactory.HeroCard(choices, question.Text, question.Speak),
            ListStyle.None => question,
            _ => ChoiceFactory.ForChannel(incoming.ChannelId, choices, question.Text, question.Speak, factoryOptions, incoming.Conversation?.ConversationType),
        };

        // Keep what the caller put on the question (attachments, entities) unless the form replaced it.
        return rendered == question ? question : rendered with
        {
            Attachments = rendered.Attachments ?? question.Attachments,
            Entities = question.Entities,
            ChannelData = question.ChannelData,
            Locale = question.Locale,
        };
    }

    private PromptOptions OptionsOf(JsonObject state) =>
        state[OptionsKey]?.Deserialize(DialogJsonContext.Default.PromptOptions)
        ?? throw new InvalidOperationException($"The prompt '{Id}' has no options in its state.");
}
