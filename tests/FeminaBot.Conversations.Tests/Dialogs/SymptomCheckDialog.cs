using System.Globalization;
using FeminaBot.Conversations.Dialogs;
using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Conversations.Dialogs.Prompts;
using FeminaBot.Conversations.Schema;

namespace FeminaBot.Conversations.Tests.Dialogs;

/// <summary>A four-step waterfall using a choice, a confirm, a number and a text prompt.</summary>
internal sealed class SymptomCheckDialog : ComponentDialog
{
    public SymptomCheckDialog(int? maxAttempts = null) : base(nameof(SymptomCheckDialog))
    {
        MaxAttempts = maxAttempts;
        AddDialog(new WaterfallDialog("steps", [AskSide, AskRedness, AskTemperature, AskAnythingElse, Summarize]));
        AddDialog(new ChoicePrompt("side"));
        AddDialog(new ConfirmPrompt("yesNo"));
        AddDialog(new NumberPrompt<double>("temperature", TemperatureInRange));
        AddDialog(new TextPrompt("text"));
    }

    private int? MaxAttempts { get; }

    private Task<DialogTurnResult> AskSide(WaterfallStepContext step, CancellationToken ct) =>
        step.PromptAsync("side", new PromptOptions
        {
            Prompt = MessageFactory.Text("Which breast hurts?"),
            RetryPrompt = MessageFactory.Text("Please choose left, right or both."),
            Choices = [new Choice("Left", "left one", "left side"), new Choice("Right", "right side"), new Choice("Both", "both sides", "either")],
        }, ct);

    private Task<DialogTurnResult> AskRedness(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values["side"] = ((FoundChoice)step.Result!).Value;
        return step.PromptAsync("yesNo", new PromptOptions { Prompt = MessageFactory.Text("Is the skin red?") }, ct);
    }

    private Task<DialogTurnResult> AskTemperature(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values["red"] = (bool)step.Result!;
        return step.PromptAsync("temperature", new PromptOptions
        {
            Prompt = MessageFactory.Text("What is your temperature?"),
            RetryPrompt = MessageFactory.Text("Please give your temperature as a number, like 99.5."),
            MaxAttempts = MaxAttempts,
        }, ct);
    }

    private Task<DialogTurnResult> AskAnythingElse(WaterfallStepContext step, CancellationToken ct)
    {
        step.Values["temperature"] = step.Result is double t ? t : null;
        return step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Anything else?") }, ct);
    }

    private async Task<DialogTurnResult> Summarize(WaterfallStepContext step, CancellationToken ct)
    {
        var temperature = step.Values["temperature"]?.GetValue<double>() is { } t ? t.ToString(CultureInfo.InvariantCulture) : "unknown";
        var summary = $"{step.Values["side"]}, red: {step.Values["red"]}, temperature: {temperature}, note: {step.Result}";
        await step.Context.SendActivityAsync(summary, cancellationToken: ct);
        return await step.EndDialogAsync(summary, ct);
    }

    private static Task<bool> TemperatureInRange(PromptValidatorContext<double> prompt, CancellationToken ct) =>
        Task.FromResult(prompt.Recognized.Succeeded && prompt.Recognized.Value is >= 90 and <= 110);
}
