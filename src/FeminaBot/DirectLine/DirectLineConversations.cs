using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace FeminaBot.DirectLine;

/// <summary>
/// The Direct Line conversations this process serves, by id. A conversation nobody has used for a
/// day is forgotten (its bot state stays in the store), so page visits do not pile up in memory.
/// </summary>
internal sealed class DirectLineConversations(TimeProvider clock)
{
    /// <summary>How long an unused conversation is kept.</summary>
    public static readonly TimeSpan IdleLimit = TimeSpan.FromDays(1);

    private static readonly TimeSpan SweepEvery = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private long _nextSweepTicks = clock.GetUtcNow().Add(SweepEvery).UtcTicks;

    /// <summary>How many conversations are held.</summary>
    public int Count => _conversations.Count;

    /// <summary>A new, unguessable conversation id.</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>A new user id of the form Direct Line reserves for token-bound users.</summary>
    public static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>The conversation with the id, created empty on first use (a token may outlive a restart).</summary>
    public DirectLineConversation GetOrAdd(string id)
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
