using System.Numerics;
using System.Text.Json.Nodes;
using FeminaBot.Conversations.Recognition;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.Dialogs.Prompts;

/// <summary>Asks for a number, in digits or words ("38.5", "two"); an answer with more than one number is asked again.</summary>
public class NumberPrompt<T>(string dialogId, PromptValidator<T>? validator = null) : Prompt<T>(dialogId, validator)
    where T : struct, INumber<T>
{
    /// <inheritdoc/>
    protected override Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(QuestionOf(options, isRetry), cancellationToken);
    }

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var numbers = NumberRecognition.Numbers(turnContext.Activity.Text, turnContext.Activity.Locale);
        if (numbers.Count != 1)
        {
            return Task.FromResult(new PromptRecognizerResult<T>(false));
        }

        // An integer prompt given "2.5" has no exact answer; ask again rather than round.
        var value = numbers[0];
        if (!IsFloatingPoint() && value != decimal.Truncate(value))
        {
            return Task.FromResult(new PromptRecognizerResult<T>(false));
        }

        try
        {
            return Task.FromResult(new PromptRecognizerResult<T>(true, T.CreateChecked(value)));
        }
        catch (OverflowException)
        {
            return Task.FromResult(new PromptRecognizerResult<T>(false));
        }
    }

    private static bool IsFloatingPoint() => typeof(T) == typeof(double) || typeof(T) == typeof(float) || typeof(T) == typeof(decimal) || typeof(T) == typeof(Half);
}
