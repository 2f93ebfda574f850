using FeminaBot.Conversations.Storage;

namespace FeminaBot.Conversations.Tests;

/// <summary>A real store that counts the calls made to it, and can hold a write until told to go on.</summary>
internal sealed class CountingStorage(IStorage inner) : IStorage
{
    public CountingStorage() : this(new MemoryStorage()) { }

    public int Reads { get; private set; }

    public int Writes { get; private set; }

    public int Deletes { get; private set; }

    public List<IReadOnlyCollection<string>> WrittenKeys { get; } = [];

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        Reads++;
        return await inner.ReadAsync(keys, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        Writes++;
        WrittenKeys.Add(changes.Keys.ToList());
        return await inner.WriteAsync(changes, cancellationToken);
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        Deletes++;
        await inner.DeleteAsync(keys, cancellationToken);
    }

    public void ResetCounts()
    {
        Reads = Writes = Deletes = 0;
        WrittenKeys.Clear();
    }
}
