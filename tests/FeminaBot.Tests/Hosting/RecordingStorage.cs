using System.Collections.Concurrent;
using System.Text;
using FeminaBot.Conversations.Storage;

namespace FeminaBot.Tests.Hosting;

/// <summary>A memory store that remembers every key and document ever written to it, for tests of what the bot keeps.</summary>
internal sealed class RecordingStorage : IStorage
{
    private readonly MemoryStorage _store = new();

    public ConcurrentQueue<(string Key, string Json)> Written { get; } = new();

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        _store.ReadAsync(keys, cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        var etags = await _store.WriteAsync(changes, cancellationToken);
        foreach (var (key, item) in changes)
        {
            Written.Enqueue((key, Encoding.UTF8.GetString(item.Json.Span)));
        }

        return etags;
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => _store.DeleteAsync(keys, cancellationToken);
}
