using FeminaBot.Conversations.State;
using FeminaBot.Conversations.Storage;
using FeminaBot.Conversations.Testing;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage.Content;

namespace FeminaBot.Triage;

/// <summary>
/// FeminaBot over memory storage, driven in process on one channel: the program's warm-up rehearsal
/// and the evaluation corpus talk to the bot through this, with the state middleware the host uses.
/// </summary>
public sealed class InMemoryChat
{
    /// <summary>A new conversation with the bot over <paramref name="content"/> on <paramref name="channelId"/>.</summary>
    public InMemoryChat(TriageContent content, TimeProvider clock, string channelId)
    {
        var storage = new MemoryStorage();
        var conversationState = new ConversationState(storage);
        var userState = new UserState(storage);
        Bot = new TriageBot(content, conversationState, userState, clock);
        Adapter = new TestAdapter(channelId, clock);
        Adapter.Use(new AutoSaveStateMiddleware(conversationState, userState));
    }

    /// <summary>The bot.</summary>
    public TriageBot Bot { get; }

    /// <summary>The adapter the conversation runs on; replies land in <see cref="TestAdapter.TakeReply"/>.</summary>
    public TestAdapter Adapter { get; }

    /// <summary>Sends a message from the person and runs the turn.</summary>
    public Task<TurnResult> SayAsync(string text, string? deliveryMode = null, CancellationToken cancellationToken = default) =>
        Adapter.ProcessActivityAsync(Adapter.MakeMessage(text) with { DeliveryMode = deliveryMode }, Bot.OnTurnAsync, cancellationToken);
}
