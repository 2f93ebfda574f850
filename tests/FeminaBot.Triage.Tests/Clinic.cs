using FeminaBot.Conversations.Storage;
using FeminaBot.Conversations.Testing;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.FollowUps;
using Microsoft.Extensions.Time.Testing;

namespace FeminaBot.Triage.Tests;

/// <summary>FeminaBot as the tests meet it: the real content, a serializing store, and a clock set to a known Los Angeles moment.</summary>
internal sealed class Clinic
{
    /// <summary>The real files under dialogs/ in every language, loaded once.</summary>
    public static TriageLanguages Languages { get; } = TriageLanguages.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"));

    /// <summary>The English content.</summary>
    public static TriageContent Content => Languages.Default;

    /// <summary>The Spanish content.</summary>
    public static TriageContent Spanish => Languages.Find("es") ?? throw new InvalidOperationException("dialogs/languages.yaml lists no Spanish.");

    /// <summary>Tuesday, November 24 2026, 10:00 AM in Los Angeles.</summary>
    public static readonly DateTimeOffset TuesdayMorning = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The clinic at <paramref name="now"/> (Tuesday morning unless given), with the real content in every
    /// language, or <paramref name="content"/> alone; with <paramref name="followUps"/>, it offers check-ins.
    /// </summary>
    public Clinic(DateTimeOffset? now = null, TriageContent? content = null, IFollowUps? followUps = null)
    {
        Clock = new FakeTimeProvider(now ?? TuesdayMorning);
        Pipeline = new TriagePipeline(content is null ? Languages : TriageLanguages.Only(content), Storage, Clock, followUps);
    }

    public FakeTimeProvider Clock { get; }

    public MemoryStorage Storage { get; } = new();

    /// <summary>The program's own pipeline: the state, the bot, the middleware and the error handler every channel gets.</summary>
    public TriagePipeline Pipeline { get; }

    public TriageBot Bot => Pipeline.Bot;

    public TestAdapter Adapter { get; private set; } = null!;

    /// <summary>A new conversation on a channel.</summary>
    public ConversationTest Chat(string channel = "webchat", string? conversationType = null)
    {
        Adapter = Pipeline.Configure(new TestAdapter(channel, Clock));
        if (conversationType is not null)
        {
            Adapter.Conversation = Adapter.Conversation with { Conversation = Adapter.Conversation.Conversation! with { ConversationType = conversationType } };
        }

        return new ConversationTest(Adapter, Bot);
    }

    /// <summary>A message from the content, for tests that follow the wording wherever clinicians take it.</summary>
    public static string Say(string key) => Content.Messages[key];

    /// <summary>Text as Web Chat, Teams and the Emulator receive it through the pipeline: each line break a Markdown hard break, each phone number a tel: link.</summary>
    public static string OnMarkdown(string text) => TriagePipeline.OnMarkdown(text);

    /// <summary>Text as the conversation's channel receives it: in Markdown where the channel renders it, plain elsewhere (SMS).</summary>
    public static string On(ConversationTest test, string text) =>
        MarkdownLineBreaksMiddleware.RendersMarkdown(test.ChannelId) ? OnMarkdown(text) : text;

    /// <summary>A finding's question.</summary>
    public static string Question(string finding) =>
        finding == FindingIds.Emergency ? Content.Emergency.Question : Content.Findings[finding].Question;
}
