using FeminaBot.Conversations.Schema;
using FeminaBot.DirectLine.Logs;
using FeminaBot.Storage.Sqlite;
using FeminaBot.Storage.Tests.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace FeminaBot.Tests.DirectLine;

public sealed class SqliteDirectLineLogTests : DirectLineLogContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-dl-sqlite-").FullName;
    private readonly List<SqliteDatabase> _opened = [];

    private string FilePath => Path.Combine(_directory, "feminabot.db");

    private protected override IDirectLineLog CreateLog() => new SqliteDirectLineLog(Open(), Clock);

    [Fact]
    public async Task The_log_and_whether_it_started_outlive_closing_the_file_and_opening_it_again()
    {
        var before = new SqliteDirectLineLog(Open(), TimeProvider.System);
        await before.TryStartAsync("conv", default);
        await before.AppendAsync("conv", Message("Hi, I'm FeminaBot"), default);
        await before.AppendAsync("conv", Message("I have a plugged duct"), default);
        _opened[0].Dispose();

        var after = new SqliteDirectLineLog(Open(), TimeProvider.System);
        var third = await after.AppendAsync("conv", Message("First, a quick safety check"), default);

        Assert.False(await after.TryStartAsync("conv", default));
        Assert.Equal("conv|0000002", third.Id);
        var page = await after.AfterAsync("conv", 1, default);
        Assert.Equal(3, page.Watermark);
        Assert.Equal(["I have a plugged duct", "First, a quick safety check"], page.Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task A_conversation_nobody_starts_or_appends_to_for_a_day_is_forgotten_and_swept_from_the_file()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.Zero));
        var log = new SqliteDirectLineLog(Open(), clock);
        await log.AppendAsync("old", Message("hi"), default);
        await log.AppendAsync("busy", Message("one"), default);

        clock.Advance(TimeSpan.FromHours(20));
        await log.AppendAsync("busy", Message("two"), default);
        clock.Advance(TimeSpan.FromHours(5));

        Assert.Equal(0, (await log.AfterAsync("old", 0, default)).Watermark);
        Assert.Equal(["one", "two"], (await log.AfterAsync("busy", 0, default)).Activities.Select(a => a.Text));
        await log.AppendAsync("new", Message("hello"), default);
        Assert.Equal(3, CountActivitiesInFile());
    }

    [Fact]
    public async Task A_conversation_used_again_after_its_day_starts_afresh_even_before_the_sweep()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.Zero));
        var log = new SqliteDirectLineLog(Open(), clock);
        await log.TryStartAsync("conv", default);
        await log.AppendAsync("conv", Message("hi"), default);
        clock.Advance(TimeSpan.FromHours(23.9));
        await log.AppendAsync("other", Message("the hourly sweep runs now"), default);
        clock.Advance(TimeSpan.FromHours(0.6));

        var again = await log.AppendAsync("conv", Message("back"), default);

        Assert.Equal("conv|0000000", again.Id);
        Assert.Equal(["back"], (await log.AfterAsync("conv", 0, default)).Activities.Select(a => a.Text));
        Assert.True(await log.TryStartAsync("conv", default));
    }

    [Fact]
    public async Task Erasing_leaves_nothing_that_was_said_in_the_file_or_its_write_ahead_log()
    {
        var log = new SqliteDirectLineLog(Open(), TimeProvider.System);
        const string Said = "my number is 310-555-0123 and I have a fever of 101.7";
        await log.AppendAsync("conv", Message(Said), default);
        await log.AppendAsync("conv", Message("Please contact your doctor, midwife or OB today."), default);
        await log.AppendAsync("other", Message("something else"), default);
        Assert.True(SqliteFileBytes.Contain(FilePath, Said));

        await log.EraseAsync("conv", default);

        Assert.False(SqliteFileBytes.Contain(FilePath, Said));
        Assert.False(SqliteFileBytes.Contain(FilePath, "contact your doctor"));
        Assert.True(SqliteFileBytes.Contain(FilePath, "something else"));
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

    private int CountActivitiesInFile()
    {
        using var connection = new SqliteConnection($"Data Source={FilePath};Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM directline_activity";
        return Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
