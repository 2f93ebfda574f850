using System.Text;
using FeminaBot.Conversations.Storage;
using FeminaBot.Storage.Sqlite;

namespace FeminaBot.Storage.Tests.Sqlite;

/// <summary>What "delete" leaves of an item in the database file and its write-ahead log: nothing.</summary>
public sealed class SqliteDeletionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-sqlite-delete-").FullName;

    private string FilePath => Path.Combine(_directory, "feminabot.db");

    [Theory]
    [InlineData(1)]
    [InlineData(400)]
    public async Task A_deleted_item_is_in_neither_the_file_nor_its_write_ahead_log(int repeats)
    {
        // 400 repeats make a value larger than a page, kept on overflow pages.
        const string Finding = "fever-of-101.7-and-a-red-wedge-on-the-left";
        using var storage = new SqliteStorage(FilePath);
        await storage.WriteAsync(Item("emulator/conversations/c1", $$"""{"findings":"{{string.Concat(Enumerable.Repeat(Finding, repeats))}}"}"""), default);
        await storage.WriteAsync(Item("emulator/conversations/c2", """{"findings":"someone else's"}"""), default);
        Assert.True(SqliteFileBytes.Contain(FilePath, Finding));

        await storage.DeleteAsync(["emulator/conversations/c1"], default);

        Assert.False(SqliteFileBytes.Contain(FilePath, Finding));
        Assert.True(SqliteFileBytes.Contain(FilePath, "someone else's"));
    }

    [Fact]
    public async Task An_item_written_over_leaves_no_earlier_version_once_it_is_deleted()
    {
        using var storage = new SqliteStorage(FilePath);
        var etag = (await storage.WriteAsync(Item("users/u1", """{"phone":"+13105550123"}"""), default))["users/u1"];
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["users/u1"] = new(Encoding.UTF8.GetBytes("""{"phone":"+13105550199"}"""), etag) }, default);

        await storage.DeleteAsync(["users/u1"], default);

        Assert.False(SqliteFileBytes.Contain(FilePath, "+13105550123"));
        Assert.False(SqliteFileBytes.Contain(FilePath, "+13105550199"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static Dictionary<string, StoreItem> Item(string key, string json) => new() { [key] = new StoreItem(Encoding.UTF8.GetBytes(json), null) };
}
