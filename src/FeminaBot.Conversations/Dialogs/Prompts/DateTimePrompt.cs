using System.Text.Json.Nodes;
using FeminaBot.Conversations.Recognition;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.Dialogs.Prompts;

/// <summary>
/// Asks for a date or time ("tomorrow at 5", "Saturday morning") and ends with every reading the
/// recognizer found. "Now" is the incoming activity's local time unless a clock is given.
/// </summary>
public class DateTimePrompt(string dialogId, PromptValidator<IReadOnlyList<DateTimeResolution>>? validator = null)
    : Prompt<IReadOnlyList<DateTimeResolution>>(dialogId, validator)
{
    /// <summary>The local "now" that relative answers are read against; the activity's own local time by default.</summary>
    public Func<ITurnContext, DateTime>? ReferenceTime { get; init; }

    /// <inheritdoc/>
    protected override Task OnPromptAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(QuestionOf(options, isRetry), cancellationToken);
    }

    /// <inheritdoc/>
    protected override Task<PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>> OnRecognizeAsync(ITurnContext turnContext, JsonObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var now = ReferenceTime?.Invoke(turnContext) ?? (activity.LocalTimestamp ?? activity.Timestamp ?? DateTimeOffset.Now).DateTime;
        var results = RecognizerModels.DateTimes(activity.Text ?? string.Empty, RecognizerCulture.For(activity.Locale), now);
        var resolutions = new List<DateTimeResolution>();
        foreach (var result in results)
        {
            if (result.Resolution?.TryGetValue("values", out var values) != true || values is not IEnumerable<Dictionary<string, string>> list)
            {
                continue;
            }

            foreach (var value in list)
            {
                resolutions.Add(new DateTimeResolution
                {
                    Timex = value.GetValueOrDefault("timex"),
                    Value = value.GetValueOrDefault("value"),
                    Start = value.GetValueOrDefault("start"),
                    End = value.GetValueOrDefault("end"),
                    Type = value.GetValueOrDefault("type"),
                });
            }
        }

        return Task.FromResult(resolutions.Count > 0
            ? new PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>(true, resolutions)
            : new PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>(false));
    }
}
