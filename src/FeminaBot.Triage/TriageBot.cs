using System.Text.Json;
using FeminaBot.Conversations.Dialogs;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.State;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Dialogs;
using FeminaBot.Triage.Findings;
using FeminaBot.Triage.FollowUps;
using FeminaBot.Triage.Languages;
using FeminaBot.Triage.Understanding;

namespace FeminaBot.Triage;

/// <summary>
/// FeminaBot. Each turn is answered in the conversation's language (dialogs/languages.yaml): the one
/// the person asks for ("en español por favor", or the chat page's switch, an event named
/// <c>language</c>), else one the message is clearly written in, else the one the conversation speaks,
/// else the activity's locale. The language is kept in the conversation's state, so the conversation
/// goes on where it was when it changes; emergency signs are read in every language whatever it is.
/// </summary>
public sealed class TriageBot : IBot
{
    /// <summary>The event the chat page sends when the person picks a language; its value is the language's code.</summary>
    public const string LanguageEvent = "language";

    private readonly TriageLanguages _languages;
    private readonly LanguageChooser _chooser;
    private readonly IStatePropertyAccessor<TriageState> _state;
    private readonly Dictionary<string, TriageSpeaker> _speakers = new(StringComparer.Ordinal);

    /// <summary>Creates the bot over the content in dialogs/ in every language, the state it keeps, and the host's check-ins (none by default).</summary>
    public TriageBot(TriageLanguages languages, ConversationState conversationState, UserState userState, TimeProvider? clock = null, IFollowUps? followUps = null)
    {
        _languages = languages ?? throw new ArgumentNullException(nameof(languages));
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(userState);
        _state = conversationState.CreateProperty("triage", TriageJsonContext.Default.TriageState);
        var dialogState = conversationState.CreateProperty<DialogState>("dialogs");
        var readers = languages.All.ToDictionary(c => c.Language, c => new MessageReader(c), StringComparer.Ordinal);
        _chooser = new LanguageChooser(languages.Rules, KnownWords.Of(languages, readers));
        foreach (var content in languages.All)
        {
            var others = readers.Where(r => r.Key != content.Language).Select(r => r.Value).ToList();
            var services = new TriageServices(content, readers[content.Language], others, _chooser, _state, clock ?? TimeProvider.System, followUps);
            _speakers[content.Language] = new TriageSpeaker(services, dialogState, conversationState, userState);
        }
    }

    /// <summary>Creates the bot over one language's content.</summary>
    public TriageBot(TriageContent content, ConversationState conversationState, UserState userState, TimeProvider? clock = null)
        : this(TriageLanguages.Only(content), conversationState, userState, clock)
    {
    }

    /// <summary>The kind message for a turn that failed, in the turn's language; the host's error handler sends it.</summary>
    public string ErrorMessage(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var content = turnContext.TurnState.Get<TriageSpeaker>()?.Services.Content ?? _languages.Default;
        return content.Messages[MessageKeys.Error];
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var state = await _state.GetAsync(turnContext, () => new TriageState(), cancellationToken);
        var choice = activity.Type switch
        {
            ActivityTypes.Message => _chooser.Choose(state.Language, activity.Locale, activity.RemoveRecipientMention().Text),
            ActivityTypes.Event when activity.Name == LanguageEvent && Picked(activity) is { } picked => new LanguageChoice(picked, true, LanguageWords.None),
            _ => new LanguageChoice(_chooser.Find(state.Language) ?? _chooser.Choose(null, activity.Locale, null).Language, false, LanguageWords.None),
        };
        var (language, asked, words) = choice;
        turnContext.TurnState.Set(words);

        if (_languages.All.Count > 1)
        {
            state.Language = language.Code;
        }

        var speaker = _speakers[language.Code];
        turnContext.TurnState.Set(speaker);
        if (asked)
        {
            await speaker.SwitchedAsync(turnContext, cancellationToken);
        }
        else
        {
            await speaker.OnTurnAsync(turnContext, cancellationToken);
        }
    }

    /// <summary>
    /// The check-in <paramref name="checkInId"/>, due now, in the conversation's language: the host runs
    /// this through the pipeline in the conversation (ContinueConversation). It asks only if the
    /// conversation still waits for that check-in, so a check-in cancelled, replaced, deleted or already
    /// asked sends nothing.
    /// </summary>
    public async Task CheckInAsync(ITurnContext turnContext, string checkInId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentException.ThrowIfNullOrEmpty(checkInId);
        var state = await _state.GetAsync(turnContext, () => new TriageState(), cancellationToken);
        var speaker = _speakers[(_chooser.Find(state.Language) ?? _chooser.Choose(null, turnContext.Activity.Locale, null).Language).Code];
        turnContext.TurnState.Set(speaker);
        await speaker.CheckInAsync(turnContext, checkInId, cancellationToken);
    }

    private Language? Picked(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.String } value ? _chooser.Find(LanguageChooser.LocaleLanguage(value.GetString())) : null;
}
