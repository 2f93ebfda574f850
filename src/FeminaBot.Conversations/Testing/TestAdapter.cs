using System.Collections.Concurrent;
using System.Globalization;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Turns;
using Microsoft.Extensions.Logging;

namespace FeminaBot.Conversations.Testing;

/// <summary>
/// An adapter for tests and the console: it addresses activities for one user talking to the bot
/// and collects the delivered replies in order. It runs the real pipeline, retries and all.
/// </summary>
public sealed class TestAdapter : BotAdapter
{
    private readonly ConcurrentQueue<Activity> _replies = new();
    private int _nextId;

    /// <summary>Creates an adapter for one conversation on <paramref name="channelId"/>.</summary>
    public TestAdapter(string channelId = Channels.Test, TimeProvider? clock = null, ILogger? logger = null) : base(logger)
    {
        Clock = clock ?? TimeProvider.System;
        Conversation = new ConversationReference
        {
            ChannelId = channelId,
            ServiceUrl = "https://test.example/",
            Conversation = new ConversationAccount($"conversation-{Guid.NewGuid():N}"),
            User = new ChannelAccount("user1", "User") { Role = RoleTypes.User },
            Bot = new ChannelAccount("bot", "FeminaBot") { Role = RoleTypes.Bot },
            Locale = "en-US",
        };
    }

    /// <summary>The conversation the activities belong to; change it to test another user, channel or conversation type.</summary>
    public ConversationReference Conversation { get; set; }

    /// <summary>The clock that stamps incoming activities.</summary>
    public TimeProvider Clock { get; }

    /// <summary>Replies delivered and not yet taken.</summary>
    public int PendingReplies => _replies.Count;

    /// <summary>A message from the user, addressed and stamped as a channel would.</summary>
    public Activity MakeMessage(string text) => MakeActivity(ActivityTypes.Message) with { Text = text };

    /// <summary>An activity of any type from the user, addressed and stamped as a channel would.</summary>
    public Activity MakeActivity(string type) =>
        Conversation.CreateIncomingActivity(type, Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture), Clock.GetUtcNow(), Clock.LocalTimeZone);

    /// <summary>Runs a turn for the activity; replies land in <see cref="TakeReply"/> (or in the result for expectReplies).</summary>
    public Task<TurnResult> ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default) =>
        RunPipelineAsync(activity, callback, cancellationToken);

    /// <summary>The next delivered reply, or null.</summary>
    public Activity? TakeReply() => _replies.TryDequeue(out var reply) ? reply : null;

    /// <inheritdoc/>
    protected override Task<ResourceResponse[]> DeliverActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var id = $"reply-{Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture)}";
            _replies.Enqueue(activities[i] with { Id = id });
            responses[i] = new ResourceResponse(id);
        }

        return Task.FromResult(responses);
    }
}
