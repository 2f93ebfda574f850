using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.State;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Findings;
using FeminaBot.Triage.FollowUps;
using FeminaBot.Triage.Languages;
using FeminaBot.Triage.Understanding;

namespace FeminaBot.Triage.Dialogs;

/// <summary>What the dialogs share: the content, the message reader, the router, the gate that concludes routes, and the triage state property.</summary>
public sealed class TriageServices
{
    /// <summary>
    /// Builds one language's services over its content and <paramref name="reader"/>; a message with
    /// words of another language (<paramref name="languages"/>) is also read by that language's reader
    /// among <paramref name="otherReaders"/>.
    /// </summary>
    public TriageServices(TriageContent content, MessageReader reader, IReadOnlyList<MessageReader> otherReaders, LanguageChooser languages, IStatePropertyAccessor<TriageState> state, TimeProvider clock, IFollowUps? followUps = null)
    {
        _languages = languages ?? throw new ArgumentNullException(nameof(languages));
        ArgumentNullException.ThrowIfNull(content);
        Content = content;
        Reader = reader ?? throw new ArgumentNullException(nameof(reader));
        _otherReaders = otherReaders ?? throw new ArgumentNullException(nameof(otherReaders));
        State = state ?? throw new ArgumentNullException(nameof(state));
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        FollowUps = followUps ?? NoFollowUps.Instance;
        Answers = new AnswerReader(content);
        Router = new Router(content.Routing);
        Announcer = new RouteAnnouncer(content);
        Gate = new SafetyGate(this);
    }

    private readonly IReadOnlyList<MessageReader> _otherReaders;
    private readonly LanguageChooser _languages;

    /// <summary>Everything under dialogs/.</summary>
    public TriageContent Content { get; }

    /// <summary>The clock for turns whose activity has no timestamp.</summary>
    public TimeProvider Clock { get; }

    /// <summary>The host's check-ins: whether this conversation can be reached later, and keeping its one check-in.</summary>
    public IFollowUps FollowUps { get; }

    /// <summary>Reads a message once into everything the dialogs need.</summary>
    public MessageReader Reader { get; }

    /// <summary>Folds what a message says into the findings.</summary>
    public AnswerReader Answers { get; }

    /// <summary>Decides the route and the next question.</summary>
    public Router Router { get; }

    /// <summary>Says what a route means.</summary>
    public RouteAnnouncer Announcer { get; }

    /// <summary>The one place a route is concluded.</summary>
    public SafetyGate Gate { get; }

    /// <summary>The conversation's triage state.</summary>
    public IStatePropertyAccessor<TriageState> State { get; }

    public Messages Messages => Content.Messages;

    /// <summary>The turn's message, read once: the first call reads it, every later one gets the same reading.</summary>
    public MessageReading Reading(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<MessageReading>() is { } reading)
        {
            return reading;
        }

        var activity = turnContext.Activity;
        var text = activity.RemoveRecipientMention().Text;
        var now = LocalNow(turnContext);
        reading = Reader.Read(text, now);

        // Safety in every language: "no puedo respirar" in a conversation in English is still an
        // emergency, and "tengo un clogged duct" still a lump. A language with a word in the message
        // adds the emergency signs it reads; with at least half as many words as this language, the
        // signs and readings it finds present too. Never a denial: its "no" does not take away what
        // this language read. A message with none of its words is not read by it: a reader does not
        // know another language's "my husband has chills" or "almost 104".
        if (_otherReaders.Count > 0)
        {
            var spoken = turnContext.TurnState.Get<LanguageWords>() ?? _languages.LanguagesIn(text);
            var own = spoken.Of(Content.Language);
            foreach (var other in _otherReaders)
            {
                if (spoken.Of(other.Language) is var words and > 0)
                {
                    reading.AddSignsOf(other.ReadSigns(text), emergencyOnly: words * 2 < own);
                }
            }
        }

        turnContext.TurnState.Set(reading);
        return reading;
    }

    /// <summary>"Now" for the turn in the clinic's time zone: the activity's timestamp, else the clock.</summary>
    public DateTime LocalNow(ITurnContext turnContext) => Content.Offices.LocalTime(Now(turnContext));

    /// <summary>"Now" for the turn: the activity's timestamp, else the clock.</summary>
    public DateTimeOffset Now(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Timestamp ?? Clock.GetUtcNow();
    }
}
