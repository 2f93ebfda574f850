using System.Collections.Concurrent;
using FeminaBot.Conversations.Schema;

namespace FeminaBot.DirectLine.Logs;

/// <summary>
/// The Direct Line log of one instance, in its memory. A conversation nobody has used for a day is
/// forgotten (its bot state stays in the store), so page visits do not pile up.
/// </summary>
internal sealed class MemoryDirectLineLog(TimeProvider clock) : IDirectLineLog
{
    /// <summary>How long an unused conversation is kept.</summary>
    public static readonly TimeSpan IdleLimit = TimeSpan.FromDays(1);

    private static readonly TimeSpan SweepEvery = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly DirectLineListeners _listeners = new();
    private long _nextSweepTicks = clock.GetUtcNow().Add(SweepEvery).UtcTicks;

    /// <summary>How many conversations are held.</summary>
    public int Count => _conversations.Count;

    /// <inheritdoc/>
    public Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(Get(conversationId).TryStart());

    /// <inheritdoc/>
    public Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var stored = Get(conversationId).Append(activity);
        _listeners.Wake(conversationId);
        return Task.FromResult(stored);
    }

    /// <inheritdoc/>
    public Task EraseAsync(string conversationId, CancellationToken cancellationToken)
    {
        Get(conversationId).Erase();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<DirectLinePage> AfterAsync(string conversationId, int watermark, CancellationToken cancellationToken) =>
        Task.FromResult(Get(conversationId).After(watermark));

    /// <inheritdoc/>
    public Task<DirectLineSubscription> SubscribeAsync(string conversationId, CancellationToken cancellationToken)
    {
        Get(conversationId);
        return Task.FromResult(_listeners.Add(conversationId));
    }

    // Created empty on first use: a token may outlive a restart.
    private DirectLineConversation Get(string id)
    {
        var now = clock.GetUtcNow();
        SweepIfDue(now);
        var conversation = _conversations.GetOrAdd(id, static key => new DirectLineConversation(key));
        conversation.Touch(now);
        return conversation;
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, now.Add(SweepEvery).UtcTicks, due) != due)
        {
            return;
        }

        foreach (var (id, conversation) in _conversations)
        {
            if (now - conversation.LastUsed > IdleLimit)
            {
                _conversations.TryRemove(id, out _);
            }
        }
    }
}
