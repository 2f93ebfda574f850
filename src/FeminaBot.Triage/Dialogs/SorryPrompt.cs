using System.Text.Json.Nodes;
using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Conversations.Dialogs.Prompts;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Dialogs;

/// <summary>
/// A choice question that meets an answer it cannot use with a short "sorry" of its own (by default
/// "Sorry, I didn't catch that."), then the question again with its buttons.
/// </summary>
public class SorryPrompt(string dialogId, TriageServices services, PromptValidator<FoundChoice> validator) : ChoicePrompt(dialogId, validator)
{
    private const string SorryKey = "sorry";

    /// <summary>Chooses the "sorry" (a key of messages.yaml) said before the question is asked again.</summary>
    protected static void SaySorryWith(PromptValidatorContext<FoundChoice> prompt, string messageKey)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        prompt.State[SorryKey] = messageKey;
    }

    protected override async Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        if (isRetry)
        {
            await turnContext.SendActivityAsync(services.Messages[state[SorryKey]?.GetValue<string>() ?? MessageKeys.NotUnderstood], cancellationToken: cancellationToken);
        }

        await base.OnPromptAsync(turnContext, state, options, false, cancellationToken);
    }
}
