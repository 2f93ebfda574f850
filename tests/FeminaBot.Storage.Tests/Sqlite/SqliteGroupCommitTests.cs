using System.Text;
using FeminaBot.Conversations.Storage;
using FeminaBot.Storage.Sqlite;

namespace FeminaBot.Storage.Tests.Sqlite;

/// <summary>
/// Writes that arrive while the writer is busy commit together, each with its own ETag check, and
/// none is acknowledged before the commit that holds it.
/// </summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-group-").FullName;
    private readonly SqliteDatabase _database;
    private readonly SqliteStorage _storage;

    public SqliteGroupCommitTests()
    {
        _database = SqliteDatabase.Open(FilePath);
        _storage = new SqliteStorage(_database);
    }

    private string FilePath => Path.Combine(_directory, "feminabot.db");

    [Fact]
    public async Task Turns_that_wait_for_the_writer_commit_in_one_transaction_and_each_is_on_disk_when_acknowledged()
    {
        using var elsewhere = new SqliteStorage(FilePath);
        var before = _database.Commits;

        var writes = await WhileTheWriterIsBusy(() => Enumerable.Range(0, 40).Select(async i =>
        {
            await _storage.WriteAsync(Item($"conversation-{i}", $"{{\"turn\":{i}}}", null), default);

            // Acknowledged: another connection to the file reads it.
            return (await elsewhere.ReadAsync([$"conversation-{i}"], default)).Count;
        }).ToList());

        Assert.All(writes, seen => Assert.Equal(1, seen));
        Assert.InRange(_database.Commits - before, 1, 3);
    }

    [Fact]
    public async Task A_turn_that_loses_its_ETag_check_fails_alone_and_the_others_in_its_batch_commit()
    {
        var first = (await _storage.WriteAsync(Item("shared", """{"step":1}""", null), default))["shared"];
        await _storage.WriteAsync(Item("shared", """{"step":2}""", first), default);

        var writes = await WhileTheWriterIsBusy<string>(() =>
        [
            .. Enumerable.Range(0, 10).Select(i => Outcome(_storage.WriteAsync(Item($"other-{i}", "{}", null), default))),
            Outcome(_storage.WriteAsync(Item("shared", """{"step":"stale"}""", first), default)),
        ]);

        Assert.Equal(Enumerable.Repeat("written", 10).Append(nameof(StoreConcurrencyException)), writes);
        Assert.Equal("""{"step":2}""", Encoding.UTF8.GetString((await _storage.ReadAsync(["shared"], default))["shared"].Json.Span));
        Assert.Equal(10, (await _storage.ReadAsync([.. Enumerable.Range(0, 10).Select(i => $"other-{i}")], default)).Count);
    }

    [Fact]
    public async Task A_turn_cancelled_while_it_waits_for_the_writer_is_not_written()
    {
        using var cancel = new CancellationTokenSource();

        var writes = await WhileTheWriterIsBusy<string>(() =>
        {
            var write = Outcome(_storage.WriteAsync(Item("gone", "{}", null), cancel.Token));
            cancel.Cancel();
            return [write];
        });

        Assert.Equal([nameof(TaskCanceledException)], writes);
        Assert.Empty(await _storage.ReadAsync(["gone"], default));
    }

    public void Dispose()
    {
        _storage.Dispose();
        _database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    // Holds the writer (as a long write of another turn would) while the writes start, then lets it go.
    private async Task<T[]> WhileTheWriterIsBusy<T>(Func<List<Task<T>>> start)
    {
        using var holding = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var busy = Task.Run(() => _database.Write(_ =>
        {
            holding.Set();
            release.Wait();
            return 0;
        }));
        holding.Wait();
        var writes = start();
        release.Set();
        await busy;
        return await Task.WhenAll(writes);
    }

    private static async Task<string> Outcome<T>(Task<T> write)
    {
        try
        {
            await write;
            return "written";
        }
        catch (Exception e)
        {
            return e.GetType().Name;
        }
    }

    private static Dictionary<string, StoreItem> Item(string key, string json, string? etag) =>
        new() { [key] = new StoreItem(Encoding.UTF8.GetBytes(json), etag) };
}
