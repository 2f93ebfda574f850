using System.Text;
using FeminaBot.Conversations.Storage;
using FeminaBot.Conversations.Tests.Storage;
using FeminaBot.Storage.Sqlite;

namespace FeminaBot.Storage.Tests.Sqlite;

public sealed class SqliteStorageTests : StorageContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-sqlite-").FullName;

    private string FilePath => Path.Combine(_directory, "data", "feminabot.db");

    protected override IStorage CreateStorage() => new SqliteStorage(FilePath);

    // A second store has its own write queue, so the two meet only at the file's lock, as two processes do.
    protected override Task<IStorage> OpenSecondStoreAsync() => Task.FromResult<IStorage>(new SqliteStorage(FilePath));

    [Fact]
    public async Task State_survives_closing_the_store_and_opening_the_file_again()
    {
        var etag = (await new SqliteStorage(FilePath).WriteAsync(Item("conversation", """{"step":3}""", null), default))["conversation"];

        var reopened = await new SqliteStorage(FilePath).ReadAsync(["conversation"], default);

        Assert.Equal("""{"step":3}""", Encoding.UTF8.GetString(reopened["conversation"].Json.Span));
        Assert.Equal(etag, reopened["conversation"].ETag);
    }

    [Fact]
    public async Task The_file_uses_write_ahead_logging()
    {
        await new SqliteStorage(FilePath).WriteAsync(Item("k", "{}", null), default);

        Assert.True(File.Exists(FilePath + "-wal") || File.Exists(FilePath + "-shm"));
    }

    [Fact]
    public async Task An_item_not_written_for_the_retention_is_gone_and_may_be_created_again()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        using var storage = new SqliteStorage(FilePath, clock, TimeSpan.FromDays(30));
        await storage.WriteAsync(Item("k", "{}", null), default);

        clock.Advance(TimeSpan.FromDays(29));
        Assert.Single(await storage.ReadAsync(["k"], default));
        clock.Advance(TimeSpan.FromDays(2));

        Assert.Empty(await storage.ReadAsync(["k"], default));
        await storage.WriteAsync(Item("k", "{}", null), default);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static Dictionary<string, StoreItem> Item(string key, string json, string? etag) =>
        new() { [key] = new StoreItem(Encoding.UTF8.GetBytes(json), etag) };
}
