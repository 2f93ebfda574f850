namespace FeminaBot.Conversations.Storage;

/// <summary>
/// A key-value store of JSON documents with optimistic concurrency. Every write names the ETag it
/// expects: <c>null</c> creates (and fails if the key exists), <see cref="ETags.Any"/> overwrites,
/// anything else must match the stored ETag. A write of several items applies all or none.
/// </summary>
public interface IStorage
{
    /// <summary>Reads the items that exist among <paramref name="keys"/>; missing keys are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the items, each checked against its expected ETag, and returns their new ETags.
    /// Throws <see cref="StoreConcurrencyException"/>, writing nothing, if any check fails.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken);

    /// <summary>Deletes the items, whatever their ETags; missing keys are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}
