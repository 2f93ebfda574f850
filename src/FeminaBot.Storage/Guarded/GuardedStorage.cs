using FeminaBot.Conversations.Storage;

namespace FeminaBot.Storage.Guarded;

/// <summary>
/// A store whose own failures of reach (a server gone, a file locked) surface as
/// <see cref="StorageUnavailableException"/>, so the host can tell the channel to retry.
/// </summary>
public abstract class GuardedStorage : IStorage
{
    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return Guard(() => ReadCoreAsync(keys, cancellationToken));
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return Guard(() => WriteCoreAsync(changes, cancellationToken));
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return Guard(async () =>
        {
            await DeleteCoreAsync(keys, cancellationToken);
            return true;
        });
    }

    /// <summary>Reads the items found among <paramref name="keys"/>.</summary>
    protected abstract Task<IReadOnlyDictionary<string, StoreItem>> ReadCoreAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Writes every change or none, returning the new ETags.</summary>
    protected abstract Task<IReadOnlyDictionary<string, string>> WriteCoreAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken);

    /// <summary>Deletes <paramref name="keys"/>; a missing key is no error.</summary>
    protected abstract Task DeleteCoreAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="exception"/> means the store is out of reach rather than the request wrong.</summary>
    protected abstract bool IsUnavailable(Exception exception);

    /// <summary>What the unavailability exception says about <paramref name="exception"/> (no keys, nothing stored).</summary>
    protected abstract string DescribeUnavailable(Exception exception);

    private async Task<T> Guard<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation();
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw new StorageUnavailableException(DescribeUnavailable(e), e);
        }
    }
}
