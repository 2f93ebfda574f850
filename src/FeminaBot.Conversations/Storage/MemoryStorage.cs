using System.Globalization;

namespace FeminaBot.Conversations.Storage;

/// <summary>
/// An in-process store for tests and single-instance development. It keeps bytes, not objects, so
/// state that would not survive a real store's serialization fails here too.
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, (byte[] Json, string ETag, DateTimeOffset Written)> _items = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly TimeSpan? _retention;
    private readonly TimeProvider _clock;
    private long _version;

    /// <summary>A store that keeps items until deleted.</summary>
    public MemoryStorage() : this(null) { }

    /// <summary>A store whose items are gone once not written for <paramref name="retention"/>.</summary>
    public MemoryStorage(TimeSpan? retention, TimeProvider? clock = null)
    {
        _retention = retention;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>How many items are stored.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count;
            }
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (Live(key) is { } item)
                {
                    found[key] = new StoreItem(item.Json.AsMemory(), item.ETag);
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var (key, change) in changes)
            {
                var current = Live(key)?.ETag;
                if (!ETagCheck.Allows(change.ETag, current))
                {
                    throw StoreConcurrencyException.ForKey(key);
                }
            }

            foreach (var (key, change) in changes)
            {
                var etag = (++_version).ToString(CultureInfo.InvariantCulture);
                _items[key] = (change.Json.ToArray(), etag, _clock.GetUtcNow());
                etags[key] = etag;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(etags);
    }

    // An item past the retention is gone: removed when met, so memory does not grow without end.
    private (byte[] Json, string ETag, DateTimeOffset Written)? Live(string key)
    {
        if (!_items.TryGetValue(key, out var item))
        {
            return null;
        }

        if (_retention is { } retention && _clock.GetUtcNow() - item.Written > retention)
        {
            _items.Remove(key);
            return null;
        }

        return item;
    }

    /// <inheritdoc/>
    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }
}
