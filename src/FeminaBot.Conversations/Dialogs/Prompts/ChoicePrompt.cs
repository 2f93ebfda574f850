using System.Text.Json.Nodes;
using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.Dialogs.Prompts;

/// <summary>Asks the user to pick one of several choices; answers by button, number, word, synonym or a near-miss spelling.</summary>
public class ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(dialogId, validator)
{
    /// <summary>How choices are shown when the options do not say.</summary>
    public ListStyle Style { get; init; } = ListStyle.Auto;

    /// <summary>Separators and numbering for inline and list forms.</summary>
    public ChoiceFactoryOptions? ChoiceOptions { get; init; }

    /// <inheritdoc/>
    protected override Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var question = AppendChoices(QuestionOf(options, isRetry), turnContext, options.Choices ?? [], options.Style ?? Style, ChoiceOptions);
        return turnContext.SendActivityAsync(question, cancellationToken);
    }

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var found = ChoiceRecognizer.Recognize(turnContext.Activity.Text, options.Choices ?? [], turnContext.Activity.Locale);
        return Task.FromResult(found is null
            ? new PromptRecognizerResult<FoundChoice>(false)
            : new PromptRecognizerResult<FoundChoice>(true, found));
    }
}
