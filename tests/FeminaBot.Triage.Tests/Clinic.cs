using FeminaBot.Conversations.State;
using FeminaBot.Conversations.Storage;
using FeminaBot.Conversations.Testing;
using FeminaBot.Triage.Content;
using Microsoft.Extensions.Time.Testing;

namespace FeminaBot.Triage.Tests;

/// <summary>FeminaBot as the tests meet it: the real content, a serializing store, and a clock set to a known Los Angeles moment.</summary>
internal sealed class Clinic
{
    /// <summary>The real files under dialogs/, loaded once.</summary>
    public static TriageContent Content { get; } = TriageContent.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"));

    /// <summary>Tuesday, November 24 2026, 10:00 AM in Los Angeles.</summary>
    public static readonly DateTimeOffset TuesdayMorning = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);

    public Clinic(DateTimeOffset? now = null)
    {
        Clock = new FakeTimeProvider(now ?? TuesdayMorning);
        ConversationState = new ConversationState(Storage);
        UserState = new UserState(Storage);
        Bot = new TriageBot(Content, ConversationState, UserState, Clock);
    }

    public FakeTimeProvider Clock { get; }

    public MemoryStorage Storage { get; } = new();

    public ConversationState ConversationState { get; }

    public UserState UserState { get; }

    public TriageBot Bot { get; }

    public TestAdapter Adapter { get; private set; } = null!;

    /// <summary>A new conversation on a channel.</summary>
    public ConversationTest Chat(string channel = "webchat", string? conversationType = null)
    {
        Adapter = new TestAdapter(channel, Clock);
        if (conversationType is not null)
        {
            Adapter.Conversation = Adapter.Conversation with { Conversation = Adapter.Conversation.Conversation! with { ConversationType = conversationType } };
        }

        Adapter.Use(new AutoSaveStateMiddleware(ConversationState, UserState));
        Adapter.OnTurnError = (context, _) => context.SendActivityAsync(Bot.ErrorMessage);
        return new ConversationTest(Adapter, Bot);
    }

    /// <summary>A message from the content, for tests that follow the wording wherever clinicians take it.</summary>
    public static string Say(string key) => Content.Messages[key];

    /// <summary>A finding's question.</summary>
    public static string Question(string finding) =>
        finding == FindingIds.Emergency ? Content.Emergency.Question : Content.Findings[finding].Question;
}
