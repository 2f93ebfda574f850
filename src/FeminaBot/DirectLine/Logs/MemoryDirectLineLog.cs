using FeminaBot.Conversations.Schema;

namespace FeminaBot.DirectLine.Logs;

/// <summary>
/// The Direct Line log of one instance, in its memory (with the Memory store). Bounded: a conversation
/// nobody has used for a day is forgotten (its bot state stays in the store), beyond
/// <c>maxConversations</c> the least recently used goes, and each keeps its newest
/// <c>maxActivitiesPerConversation</c> activities, so page visits cannot pile up without end.
/// </summary>
internal sealed class MemoryDirectLineLog(
    TimeProvider clock,
    int maxConversations = DirectLineOptions.DefaultMaxConversations,
    int maxActivitiesPerConversation = DirectLineOptions.DefaultMaxActivitiesPerConversation) : IDirectLineLog
{
    /// <summary>How long an unused conversation is kept.</summary>
    public static readonly TimeSpan IdleLimit = TimeSpan.FromDays(1);

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
            while (_byUse.Last is { } oldest && now - oldest.Value.LastUsed > IdleLimit)
            {
                Forget(oldest);
            }

            if (_conversations.TryGetValue(id, out var node))
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

    private void Forget(LinkedListNode<DirectLineConversation> node)
    {
        _byUse.Remove(node);
        _conversations.Remove(node.Value.Id);
    }
}
