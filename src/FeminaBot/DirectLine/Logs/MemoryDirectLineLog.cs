using FeminaBot.Conversations.Schema;

namespace FeminaBot.DirectLine.Logs;

/// <summary>
/// The Direct Line log of one instance, in its memory (with the Memory store). Bounded: a conversation
/// nobody has used for a day is forgotten (its bot state stays in the store) unless it is kept for a
/// check-in, beyond <c>maxConversations</c> the least recently used goes (kept or not: this log ends
/// with the process anyway), and each keeps its newest
/// <c>maxActivitiesPerConversation</c> activities, so page visits cannot pile up without end.
/// </summary>
internal sealed class MemoryDirectLineLog(
    TimeProvider clock,
    int maxConversations = DirectLineOptions.DefaultMaxConversations,
    int maxActivitiesPerConversation = DirectLineOptions.DefaultMaxActivitiesPerConversation) : IDirectLineLog
{
    /// <summary>How long an unused conversation is kept.</summary>
    public static TimeSpan IdleLimit => IDirectLineLog.IdleLimit;

    // Most recently used first; the map finds a conversation's place in the order.
    private readonly LinkedList<DirectLineConversation> _byUse = new();
    private readonly Dictionary<string, LinkedListNode<DirectLineConversation>> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly DirectLineListeners _listeners = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _conversations.Count;
            }
        }
    }

    public Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(Get(conversationId).TryStart());

    public Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var stored = Get(conversationId).Append(activity);
        _listeners.Wake(conversationId);
        return Task.FromResult(stored);
    }

    public Task EraseAsync(string conversationId, CancellationToken cancellationToken)
    {
        Get(conversationId).Erase();
        return Task.CompletedTask;
    }

    public Task<DirectLinePage> AfterAsync(string conversationId, int watermark, CancellationToken cancellationToken) =>
        Task.FromResult(Get(conversationId).After(watermark));

    public Task KeepUntilAsync(string conversationId, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var conversation = Get(conversationId);
        lock (_lock)
        {
            if (until > conversation.KeptUntil)
            {
                conversation.KeptUntil = until;
            }
        }

        return Task.CompletedTask;
    }

    public Task<DirectLineSubscription> SubscribeAsync(string conversationId, CancellationToken cancellationToken)
    {
        Get(conversationId);
        return Task.FromResult(_listeners.Add(conversationId));
    }

    // Created empty on first use: a token may outlive a restart. Every use moves the conversation to
    // the front, so the idle and the least recently used are all at the back: each use costs O(1).
    private DirectLineConversation Get(string id)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            ForgetIdle(now);
            if (_conversations.TryGetValue(id, out var node) && node.Value.IsForgettable(now, IdleLimit))
            {
                // One kept, gone round to the front, whose keep has since passed: it starts afresh, as at the back.
                Forget(node);
                node = null;
            }

            if (node is not null)
            {
                _byUse.Remove(node);
            }
            else
            {
                node = new LinkedListNode<DirectLineConversation>(new DirectLineConversation(id, maxActivitiesPerConversation));
                _conversations[id] = node;
                if (_conversations.Count > maxConversations && _byUse.Last is { } leastRecent)
                {
                    Forget(leastRecent);
                }
            }

            node.Value.LastUsed = now;
            _byUse.AddFirst(node);
            return node.Value;
        }
    }

    // An idle one kept for a check-in goes round to the front as it is, to be looked at again when it
    // is back at the back; each is moved at most once a call, so the loop ends.
    private void ForgetIdle(DateTimeOffset now)
    {
        LinkedListNode<DirectLineConversation>? firstKept = null;
        while (_byUse.Last is { } oldest && oldest != firstKept && now - oldest.Value.LastUsed > IdleLimit)
        {
            if (oldest.Value.KeptUntil > now)
            {
                _byUse.RemoveLast();
                _byUse.AddFirst(oldest);
                firstKept ??= oldest;
            }
            else
            {
                Forget(oldest);
            }
        }
    }

    private void Forget(LinkedListNode<DirectLineConversation> node)
    {
        _byUse.Remove(node);
        _conversations.Remove(node.Value.Id);
    }
}
