using FeminaBot.Conversations.Storage;
using FeminaBot.Conversations.Testing;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage.Content;

namespace FeminaBot.Triage;

/// <summary>
/// FeminaBot over memory storage, driven in process on one channel through the pipeline every channel
/// uses (<see cref="TriagePipeline"/>): the program's warm-up rehearsal and the evaluation corpus talk
/// to the bot through this.
/// </summary>
public sealed class InMemoryChat
{
    /// <summary>A new conversation with the bot over <paramref name="content"/> on <paramref name="channelId"/>.</summary>
    public InMemoryChat(TriageContent content, TimeProvider clock, string channelId)
        : this(TriageLanguages.Only(content), clock, channelId)
    {
    }

    /// <summary>A new conversation with the bot in every language of <paramref name="languages"/> on <paramref name="channelId"/>.</summary>
    public InMemoryChat(TriageLanguages languages, TimeProvider clock, string channelId)
    {
        Pipeline = new TriagePipeline(languages, new MemoryStorage(), clock);
        Adapter = Pipeline.Configure(new TestAdapter(channelId, clock));
    }

    /// <summary>The state, the bot and the middleware this conversation runs through.</summary>
    public TriagePipeline Pipeline { get; }

    /// <summary>The adapter the conversation runs on; replies land in <see cref="TestAdapter.TakeReply"/>.</summary>
    public TestAdapter Adapter { get; }

    /// <summary>Sends a message from the person and runs the turn.</summary>
    public Task<TurnResult> SayAsync(string text, string? deliveryMode = null, CancellationToken cancellationToken = default) =>
        Adapter.ProcessActivityAsync(Adapter.MakeMessage(text) with { DeliveryMode = deliveryMode }, Pipeline.Bot.OnTurnAsync, cancellationToken);
}
