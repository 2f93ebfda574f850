using System.Text.Json.Serialization.Metadata;
using FeminaBot.Conversations.Storage;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.State;

/// <summary>
/// A state document kept in <see cref="IStorage"/> under a key derived from the turn (the
/// conversation, the user), read at most once and written at most once per turn.
/// </summary>
public abstract class BotState
{
    private readonly string _cacheKey;

    /// <summary>Creates a state kept in <paramref name="storage"/>.</summary>
    protected BotState(IStorage storage)
    {
        Storage = storage ?? throw new ArgumentNullException(nameof(storage));
        _cacheKey = $"{GetType().FullName}#{Guid.NewGuid():N}";
    }

    /// <summary>Where the state is kept.</summary>
    public IStorage Storage { get; }

    /// <summary>A typed property serialized with the runtime's state contracts (or reflection for other types).</summary>
    public IStatePropertyAccessor<T> CreateProperty<T>(string name) =>
        CreateProperty(name, (JsonTypeInfo<T>)StateJson.Options.GetTypeInfo(typeof(T)));

    /// <summary>A typed property serialized with the given contract.</summary>
    public IStatePropertyAccessor<T> CreateProperty<T>(string name, JsonTypeInfo<T> typeInfo)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(typeInfo);
        return new StatePropertyAccessor<T>(this, name, typeInfo);
    }

    /// <summary>Reads the state for this turn unless it is already read.</summary>
    public Task LoadAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        new BotStateSet(this).LoadAllAsync(turnContext, cancellationToken);

    /// <summary>Writes the state if the turn changed it.</summary>
    public Task SaveChangesAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        new BotStateSet(this).SaveAllChangesAsync(turnContext, cancellationToken);

    /// <summary>Empties the state; the empty document is written when the turn saves.</summary>
    public async Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        (await LoadCachedAsync(turnContext, cancellationToken)).Clear();

    /// <summary>Deletes the stored document now; nothing more of this turn's state is written.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var cached = await LoadCachedAsync(turnContext, cancellationToken);
        await Storage.DeleteAsync([cached.Key], cancellationToken);
        cached.MarkDeleted();
        OnDeleted(turnContext);
    }

    /// <summary>Called once this turn's document was deleted from the store.</summary>
    protected virtual void OnDeleted(ITurnContext turnContext)
    {
    }

    /// <summary>The storage key of this state for the turn.</summary>
    public abstract string GetStorageKey(ITurnContext turnContext);

    internal CachedState? GetCached(ITurnContext turnContext) => turnContext.TurnState.Get<CachedState>(_cacheKey);

    internal void SetCached(ITurnContext turnContext, CachedState cached) => turnContext.TurnState.Set(_cacheKey, cached);

    internal async Task<CachedState> LoadCachedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var cached = GetCached(turnContext);
        if (cached is null)
        {
            await LoadAsync(turnContext, cancellationToken);
            cached = GetCached(turnContext)!;
        }

        return cached;
    }
}
