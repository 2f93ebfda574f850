using System.Text.Json.Nodes;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.Dialogs.Prompts;

/// <summary>Asks for free text; any non-empty message is an answer.</summary>
public class TextPrompt(string dialogId, PromptValidator<string>? validator = null) : Prompt<string>(dialogId, validator)
{
    /// <inheritdoc/>
    protected override Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(QuestionOf(options, isRetry), cancellationToken);
    }

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text?.Trim();
        return Task.FromResult(string.IsNullOrEmpty(text)
            ? new PromptRecognizerResult<string>(false)
            : new PromptRecognizerResult<string>(true, text));
    }
}
