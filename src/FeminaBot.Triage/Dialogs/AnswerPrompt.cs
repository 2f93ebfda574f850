using System.Text.Json.Nodes;
using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Conversations.Dialogs.Prompts;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Findings;

namespace FeminaBot.Triage.Dialogs;

/// <summary>
/// A triage question with its Yes / No / Not sure buttons. The answer is read from the turn's one
/// reading (yes, no, not sure, a button's number, a temperature), not from the buttons alone; the
/// question's finding id rides in the options' <see cref="PromptOptions.Validations"/>.
/// </summary>
public sealed class AnswerPrompt(TriageServices services) : ContentPrompt(
    DialogIds.Answer,
    services,
    (_, question) => Task.FromResult(Render(services, question?.GetValue<string>() ?? FindingIds.Emergency)),
    (prompt, cancellationToken) => ApplyAsync(services, prompt, cancellationToken))
{

    // The turn's one reading is the recognizer here (the validator applies it); the buttons' own
    // matching would only read the message a second time.
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(new PromptRecognizerResult<FoundChoice>(false));

    private static PromptOptions Render(TriageServices services, string question) => new()
    {
        Prompt = Conversations.Schema.MessageFactory.Text(question == FindingIds.Emergency ? services.Content.Emergency.Question : services.Content.Findings[question].Question),
        Choices = services.Content.Choices.Answers,
    };

    private static async Task<bool> ApplyAsync(TriageServices services, PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
    {
        var asking = prompt.Options.Validations?.GetValue<string>() ?? FindingIds.Emergency;
        var state = await services.State.GetAsync(prompt.Context, () => new TriageState(), cancellationToken);
        var outcome = services.Answers.ApplyAnswer(state.Findings, services.Reading(prompt.Context), asking);
        if (!outcome.Understood)
        {
            SaySorryWith(prompt, outcome.AskTemperatureAgain ? MessageKeys.TemperatureUnclear : MessageKeys.NotUnderstood);
            return false;
        }

        foreach (var note in outcome.Notes)
        {
            await prompt.Context.SendActivityAsync(note, cancellationToken: cancellationToken);
        }

        return true;
    }
}
