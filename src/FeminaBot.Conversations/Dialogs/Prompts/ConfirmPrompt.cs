using System.Text.Json.Nodes;
using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Conversations.Recognition;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.Dialogs.Prompts;

/// <summary>Asks a yes/no question; understands everyday yes and no, typos, and the number of a shown choice.</summary>
public class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null) : Prompt<bool>(dialogId, validator)
{
    /// <summary>How the yes and no choices are shown when the options do not say.</summary>
    public ListStyle Style { get; init; } = ListStyle.Auto;

    /// <summary>The two choices, yes first.</summary>
    public IReadOnlyList<Choice> YesNoChoices { get; init; } = [new Choice("Yes"), new Choice("No")];

    /// <inheritdoc/>
    protected override Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var question = AppendChoices(QuestionOf(options, isRetry), turnContext, options.Choices ?? YesNoChoices, options.Style ?? Style);
        return turnContext.SendActivityAsync(question, cancellationToken);
    }

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var text = turnContext.Activity.Text;
        var answer = YesNoRecognizer.Recognize(text);
        if (answer is null && ChoiceRecognizer.Recognize(text, options.Choices ?? YesNoChoices, turnContext.Activity.Locale) is { } found)
        {
            // "1" or "2" when the choices were shown numbered, or the choice's own words.
            answer = found.Index == 0;
        }

        return Task.FromResult(answer is { } yes
            ? new PromptRecognizerResult<bool>(true, yes)
            : new PromptRecognizerResult<bool>(false));
    }
}
