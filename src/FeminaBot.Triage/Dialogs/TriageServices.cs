using FeminaBot.Conversations.State;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Findings;
using FeminaBot.Triage.Recognition;

namespace FeminaBot.Triage.Dialogs;

/// <summary>What the dialogs share: the content, the recognizers, the router, and the triage state property.</summary>
public sealed class TriageServices
{
    /// <summary>Builds the services over the loaded content and the conversation state.</summary>
    public TriageServices(TriageContent content, ConversationState conversationState)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(conversationState);
        Content = content;
        Symptoms = new SymptomRecognizer(content);
        Answers = new AnswerReader(content);
        Router = new Router(content.Routing);
        Announcer = new RouteAnnouncer(content);
        State = conversationState.CreateProperty("triage", TriageJsonContext.Default.TriageState);
    }

    /// <summary>Everything under dialogs/.</summary>
    public TriageContent Content { get; }

    /// <summary>Reads signs from free text.</summary>
    public SymptomRecognizer Symptoms { get; }

    /// <summary>Folds answers into the findings.</summary>
    public AnswerReader Answers { get; }

    /// <summary>Decides the route and the next question.</summary>
    public Router Router { get; }

    /// <summary>Says what a route means.</summary>
    public RouteAnnouncer Announcer { get; }

    /// <summary>The conversation's triage state.</summary>
    public IStatePropertyAccessor<TriageState> State { get; }

    /// <summary>What a message of this turn says about symptoms, read once per turn however many steps ask.</summary>
    public SymptomReading ReadSymptoms(ITurnContext turnContext, string? text, bool askedForTemperature = false)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var key = askedForTemperature ? "symptoms+temperature" : "symptoms";
        if (turnContext.TurnState.Get<CachedReading>(key) is { } cached && cached.Text == text)
        {
            return cached.Reading;
        }

        var reading = Symptoms.Read(text, askedForTemperature, turnContext.Activity.Locale);
        turnContext.TurnState.Set(key, new CachedReading(text, reading));
        return reading;
    }

    /// <summary>The message texts.</summary>
    public Messages Messages => Content.Messages;

    private sealed record CachedReading(string? Text, SymptomReading Reading);
}
