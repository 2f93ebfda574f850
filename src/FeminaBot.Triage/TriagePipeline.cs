using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.State;
using FeminaBot.Conversations.Storage;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.FollowUps;

namespace FeminaBot.Triage;

/// <summary>
/// FeminaBot's turn pipeline, composed once for every way in (the host's channels, the console, the
/// warm-up, the tests): the conversation and user state over one store, the bot, and what each adapter
/// wraps around it, in this order: state loaded and saved once per turn; a redelivered message applied
/// once; line breaks that survive Markdown; phone numbers as tel: links where Markdown is rendered;
/// and a kind answer when a turn fails.
/// </summary>
public sealed class TriagePipeline
{
    private readonly AutoSaveStateMiddleware _autoSave;
    private readonly RedeliveryMiddleware _redelivery;
    private readonly MarkdownLineBreaksMiddleware _lineBreaks = new();
    private readonly PhoneLinksMiddleware _phoneLinks = new();

    // What ContinueConversation turns begin with (ConversationReference.CreateContinuationActivity).
    private const string ContinuationEvent = "ContinueConversation";

    /// <summary>The bot over one language's <paramref name="content"/>.</summary>
    public TriagePipeline(TriageContent content, IStorage storage, TimeProvider clock)
        : this(TriageLanguages.Only(content), storage, clock)
    {
    }

    /// <summary>
    /// The bot over <paramref name="languages"/>, keeping its state in <paramref name="storage"/>; "now"
    /// comes from <paramref name="clock"/> where an activity has no timestamp; check-ins are kept by
    /// <paramref name="followUps"/> (none by default).
    /// </summary>
    public TriagePipeline(TriageLanguages languages, IStorage storage, TimeProvider clock, IFollowUps? followUps = null)
    {
        ArgumentNullException.ThrowIfNull(languages);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(clock);
        ConversationState = new ConversationState(storage);
        UserState = new UserState(storage);
        Bot = new TriageBot(languages, ConversationState, UserState, clock, followUps);
        _autoSave = new AutoSaveStateMiddleware(ConversationState, UserState);
        _redelivery = new RedeliveryMiddleware(ConversationState);
    }

    /// <summary>The state kept per conversation: the dialog stack, the findings, the messages already handled.</summary>
    public ConversationState ConversationState { get; }

    /// <summary>The state kept per user across conversations.</summary>
    public UserState UserState { get; }

    /// <summary>The bot each turn reaches once the middleware has run.</summary>
    public TriageBot Bot { get; }

    /// <summary>Message text as the channels that render Markdown receive it through the pipeline: each line break a hard break, each phone number a tel: link.</summary>
    public static string OnMarkdown(string text) => PhoneLinksMiddleware.WithLinks(MarkdownLineBreaksMiddleware.HardBreaks(text));

    /// <summary>Gives <paramref name="adapter"/> the pipeline's middleware and error handler; returns it.</summary>
    public T Configure<T>(T adapter) where T : BotAdapter
    {
        ArgumentNullException.ThrowIfNull(adapter);
        adapter.Use(_autoSave);
        adapter.Use(_redelivery);
        adapter.Use(_lineBreaks);
        adapter.Use(_phoneLinks);
        // A turn the host starts (a check-in) that fails says nothing: the person asked nothing, and the
        // host tries it again later.
        adapter.OnTurnError = (context, _) => context.Activity.Type == ActivityTypes.Event && context.Activity.Name == ContinuationEvent
            ? Task.CompletedTask
            : context.SendActivityAsync(Bot.ErrorMessage(context));
        return adapter;
    }
}
