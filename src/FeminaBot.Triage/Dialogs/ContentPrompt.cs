using System.Text.Json.Nodes;
using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Conversations.Dialogs.Prompts;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Dialogs;

/// <summary>
/// A choice question whose words and buttons come from dialogs/ each time it is shown or read: its
/// state keeps only what names the question (<see cref="PromptOptions.Validations"/>), never the text,
/// so a conversation's saved state stays small. With <c>saysSorry</c>, an answer it cannot use is met
/// with a short "sorry" of its own (by default "Sorry, I didn't catch that."), then the question again.
/// </summary>
public class ContentPrompt(
    string dialogId,
    TriageServices services,
    Func<ITurnContext, JsonNode?, Task<PromptOptions>> render,
    PromptValidator<FoundChoice>? validator = null,
    bool saysSorry = true) : ChoicePrompt(dialogId, validator)
{
    private const string SorryKey = "sorry";

    /// <summary>Chooses the "sorry" (a key of messages.yaml) said before the question is asked again.</summary>
    protected static void SaySorryWith(PromptValidatorContext<FoundChoice> prompt, string messageKey)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        prompt.State[SorryKey] = messageKey;
    }

    /// <inheritdoc/>
    protected override async Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        if (isRetry && saysSorry)
        {
            await turnContext.SendActivityAsync(services.Messages[state[SorryKey]?.GetValue<string>() ?? MessageKeys.NotUnderstood], cancellationToken: cancellationToken);
            isRetry = false;
        }

        await base.OnPromptAsync(turnContext, state, await render(turnContext, options.Validations), isRetry, cancellationToken);
    }

    /// <inheritdoc/>
    protected override async Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        return await base.OnRecognizeAsync(turnContext, state, await render(turnContext, options.Validations), cancellationToken);
    }
}
