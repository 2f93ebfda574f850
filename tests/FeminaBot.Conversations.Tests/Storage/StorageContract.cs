using System.Text;
using FeminaBot.Conversations.Storage;

namespace FeminaBot.Conversations.Tests.Storage;

/// <summary>
/// The ETag rules every store must keep. Each store's tests derive from this class (the file is
/// linked into each store's test project), so no store can drift from the others.
/// </summary>
public abstract class StorageContract
{
    private readonly Lazy<IStorage> _lazy;

    protected StorageContract() => _lazy = new Lazy<IStorage>(CreateStorage);

    private IStorage Store => _lazy.Value;

    /// <summary>A fresh, empty store.</summary>
    protected abstract IStorage CreateStorage();

    /// <summary>
    /// Another store over the same data, as a second process would open it (another connection, another
    /// file handle); a store with nothing to share answers itself.
    /// </summary>
    protected virtual Task<IStorage> OpenSecondStoreAsync() => Task.FromResult(Store);

    [SkippableFact]
    public async Task Two_stores_over_the_same_data_cannot_both_win_a_race()
    {
        var first = Store;
        var second = await OpenSecondStoreAsync();
        var etag = (await first.WriteAsync(Items(("k", "{}", null)), default))["k"];

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(async i =>
        {
            try
            {
                await (i % 2 == 0 ? first : second).WriteAsync(Items(("k", $$"""{"n":{{i}}}""", etag)), default);
                return true;
            }
            catch (StoreConcurrencyException)
            {
                return false;
            }
        }));

        Assert.Equal(1, results.Count(won => won));
    }

    [SkippableFact]
    public async Task A_new_item_is_created_when_the_write_expects_nothing_there()
    {
        var etags = await Store.WriteAsync(Items(("a", """{"n":1}""", null)), default);

        var read = await Store.ReadAsync(["a", "missing"], default);
        Assert.Equal("""{"n":1}""", Encoding.UTF8.GetString(read["a"].Json.Span));
        Assert.Equal(etags["a"], read["a"].ETag);
        Assert.False(read.ContainsKey("missing"));
    }

    [SkippableFact]
    public async Task After_a_write_loses_on_its_ETag_the_store_goes_on_reading_and_writing()
    {
        var etag = (await Store.WriteAsync(Items(("a", """{"n":1}""", null)), default))["a"];
        await Assert.ThrowsAsync<StoreConcurrencyException>(() => Store.WriteAsync(Items(("a", """{"n":2}""", "stale")), default));

        var next = await Store.WriteAsync(Items(("a", """{"n":3}""", etag), ("b", "{}", null)), default);

        var read = await Store.ReadAsync(["a", "b"], default);
        Assert.Equal("""{"n":3}""", Encoding.UTF8.GetString(read["a"].Json.Span));
        Assert.Equal(next["b"], read["b"].ETag);
    }

    [SkippableFact]
    public async Task Creating_an_item_that_someone_else_created_first_fails()
    {
        await Store.WriteAsync(Items(("a", "{}", null)), default);

        var error = await Assert.ThrowsAsync<StoreConcurrencyException>(() => Store.WriteAsync(Items(("a", """{"n":2}""", null)), default));
        Assert.Equal("a", error.Key);
    }

    [SkippableFact]
    public async Task A_write_with_the_current_ETag_succeeds_and_changes_the_ETag()
    {
        var first = (await Store.WriteAsync(Items(("a", "{}", null)), default))["a"];

        var second = (await Store.WriteAsync(Items(("a", """{"n":2}""", first)), default))["a"];

        Assert.NotEqual(first, second);
    }

    [SkippableFact]
    public async Task A_write_with_a_stale_ETag_fails_and_changes_nothing()
    {
        var first = (await Store.WriteAsync(Items(("a", """{"n":1}""", null)), default))["a"];
        await Store.WriteAsync(Items(("a", """{"n":2}""", first)), default);

        await Assert.ThrowsAsync<StoreConcurrencyException>(() => Store.WriteAsync(Items(("a", """{"n":3}""", first)), default));

        var read = await Store.ReadAsync(["a"], default);
        Assert.Equal("""{"n":2}""", Encoding.UTF8.GetString(read["a"].Json.Span));
    }

    [SkippableFact]
    public async Task A_star_ETag_overwrites_whatever_is_there()
    {
        await Store.WriteAsync(Items(("a", """{"n":1}""", null)), default);

        await Store.WriteAsync(Items(("a", """{"n":9}""", ETags.Any), ("b", """{"n":9}""", ETags.Any)), default);

        var read = await Store.ReadAsync(["a", "b"], default);
        Assert.All(read.Values, item => Assert.Equal("""{"n":9}""", Encoding.UTF8.GetString(item.Json.Span)));
    }

    [SkippableFact]
    public async Task A_write_of_several_items_applies_all_or_none()
    {
        await Store.WriteAsync(Items(("b", """{"n":1}""", null)), default);

        await Assert.ThrowsAsync<StoreConcurrencyException>(() =>
            Store.WriteAsync(Items(("a", """{"n":1}""", null), ("b", """{"n":2}""", "stale")), default));

        Assert.False((await Store.ReadAsync(["a"], default)).ContainsKey("a"));
    }

    [SkippableFact]
    public async Task Deleted_items_are_gone_and_missing_keys_are_ignored()
    {
        await Store.WriteAsync(Items(("a", "{}", null), ("b", "{}", null)), default);

        await Store.DeleteAsync(["a", "never-there"], default);

        var read = await Store.ReadAsync(["a", "b"], default);
        Assert.Equal(["b"], read.Keys);
    }

    [SkippableFact]
    public async Task Reading_and_deleting_nothing_is_harmless()
    {
        Assert.Empty(await Store.ReadAsync([], default));
        await Store.DeleteAsync([], default);
        Assert.Empty(await Store.WriteAsync(new Dictionary<string, StoreItem>(), default));
    }

    [SkippableFact]
    public async Task The_store_keeps_its_own_copy_of_the_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"n":1}""");
        await Store.WriteAsync(new Dictionary<string, StoreItem> { ["a"] = new(bytes, null) }, default);

        bytes[5] = (byte)'7';

        var read = await Store.ReadAsync(["a"], default);
        Assert.Equal("""{"n":1}""", Encoding.UTF8.GetString(read["a"].Json.Span));
    }

    private static Dictionary<string, StoreItem> Items(params (string Key, string Json, string? ETag)[] items) =>
        items.ToDictionary(i => i.Key, i => new StoreItem(Encoding.UTF8.GetBytes(i.Json), i.ETag));
}
