using System.Text;
using FeminaBot.FollowUps.Store;
using FeminaBot.Storage.Sqlite;
using FeminaBot.Storage.Tests.Sqlite;
using Microsoft.Data.Sqlite;

namespace FeminaBot.Tests.FollowUps;

/// <summary>The contract on one database in a real file, claimed from many tasks at once; and what the file keeps.</summary>
public sealed class SqliteCheckInStoreTests : CheckInStoreContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-checkin-sqlite-").FullName;
    private readonly List<SqliteDatabase> _opened = [];

    private string FilePath => Path.Combine(_directory, "feminabot.db");

    private protected override ICheckInStore CreateStore() => new SqliteCheckInStore(Open());

    [Fact]
    public async Task A_pending_check_in_outlives_closing_the_file_and_opening_it_again()
    {
        var before = new SqliteCheckInStore(Open());
        await before.ScheduleAsync(CheckIn("sms/a", "a1", Evening), default);
        await before.ScheduleAsync(CheckIn("msteams/b", "b1", Evening.AddMinutes(1)), default);
        _opened[0].Dispose();
        SqliteConnection.ClearAllPools();

        var after = new SqliteCheckInStore(Open());
        var taken = Assert.Single(await after.ClaimAsync(Evening, Lease, 20, default));

        Assert.Equal(("sms/a", "a1", Evening), (taken.Conversation, taken.Id, taken.Due));
        Assert.Equal(Address("sms/a"), taken.Address);
        Assert.Equal(["b1"], (await after.ClaimAsync(Evening.AddMinutes(1), Lease, 20, default)).Select(c => c.Id));
    }

    [Fact]
    public async Task A_check_in_taken_before_a_restart_stays_held_until_its_lease_ends()
    {
        var before = new SqliteCheckInStore(Open());
        await before.ScheduleAsync(CheckIn("sms/a", "a1", Evening), default);
        Assert.Single(await before.ClaimAsync(Evening, Lease, 20, default));
        _opened[0].Dispose();
        SqliteConnection.ClearAllPools();

        var after = new SqliteCheckInStore(Open());

        Assert.Empty(await after.ClaimAsync(Evening.AddMinutes(1), Lease, 20, default));
        Assert.Single(await after.ClaimAsync(Evening + Lease, Lease, 20, default));
    }

    [Fact]
    public async Task Cancelling_leaves_nothing_of_the_address_in_the_file_or_its_write_ahead_log()
    {
        var store = new SqliteCheckInStore(Open());
        const string Where = "https://smba.example.net/amer/tenant-771-4410/";
        await store.ScheduleAsync(new PendingCheckIn("msteams/a", "a1", Evening, Encoding.UTF8.GetBytes(Where)), default);
        await store.ScheduleAsync(CheckIn("sms/b", "b1", Evening), default);
        Assert.True(SqliteFileBytes.Contain(FilePath, Where));

        await store.CancelAsync("msteams/a", default);

        Assert.False(SqliteFileBytes.Contain(FilePath, Where));
        Assert.True(SqliteFileBytes.Contain(FilePath, "sms/b"));
    }

    public void Dispose()
    {
        foreach (var database in _opened)
        {
            database.Dispose();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private SqliteDatabase Open()
    {
        var database = SqliteDatabase.Open(FilePath);
        _opened.Add(database);
        return database;
    }
}
