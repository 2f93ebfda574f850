using FeminaBot.Conversations.Storage;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.State;

/// <summary>
/// Several states read together in one storage call and saved together in one, so a turn costs
/// one read and at most one write however many states it keeps.
/// </summary>
public sealed class BotStateSet
{
    private readonly BotState[] _states;

    /// <summary>Groups the given states.</summary>
    public BotStateSet(params BotState[] states)
    {
        ArgumentNullException.ThrowIfNull(states);
        _states = states;
    }

    /// <summary>Reads every state not yet read this turn.</summary>
    public async Task LoadAllAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        foreach (var group in _states.Where(s => s.GetCached(turnContext) is null).GroupBy(s => s.Storage))
        {
            var keys = group.ToDictionary(state => state, state => state.GetStorageKey(turnContext));
            var found = await group.Key.ReadAsync(keys.Values.Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
            foreach (var (state, key) in keys)
            {
                state.SetCached(turnContext, found.TryGetValue(key, out var item)
                    ? new CachedState(key, item.Json.ToArray(), item.ETag)
                    : new CachedState(key, null, null));
            }
        }
    }

    /// <summary>
    /// Writes every state the turn changed, each checked against the ETag it was read with.
    /// Throws <see cref="StoreConcurrencyException"/> if another turn saved first.
    /// </summary>
    public async Task SaveAllChangesAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        foreach (var group in _states.GroupBy(s => s.Storage))
        {
            var pending = new List<(CachedState Cached, byte[] Json)>();
            foreach (var state in group)
            {
                if (state.GetCached(turnContext) is { } cached && cached.PendingWrite() is { } json)
                {
                    pending.Add((cached, json));
                }
            }

            if (pending.Count == 0)
            {
                continue;
            }

            var changes = pending.ToDictionary(p => p.Cached.Key, p => new StoreItem(p.Json, p.Cached.ETag), StringComparer.Ordinal);
            var etags = await group.Key.WriteAsync(changes, cancellationToken);
            foreach (var (cached, json) in pending)
            {
                cached.Accept(json, etags[cached.Key]);
            }
        }
    }
}
