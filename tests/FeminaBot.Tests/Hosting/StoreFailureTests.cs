using System.Net;
using FeminaBot.Storage.Tests.Redis;
using FeminaBot.Tests.DirectLine;

namespace FeminaBot.Tests.Hosting;

/// <summary>When the store goes down mid-conversation, turns fail kindly with 503 and nothing is lost; when it returns, the conversation goes on.</summary>
public sealed class StoreFailureTests : IAsyncLifetime
{
    private readonly RedisServer _redis = new();

    public Task InitializeAsync() => _redis.InitializeAsync();

    [SkippableFact]
    public async Task A_store_that_fails_gives_a_kind_503_and_the_conversation_recovers_when_it_returns()
    {
        using var factory = OnRedis();

        Assert.Equal(HttpStatusCode.OK, (await SayAsync(factory, "a1", "I have a plugged duct")).Status);
        await _redis.PauseAsync();

        var down = await SayAsync(factory, "a2", "no");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.Status);
        Assert.Contains("Please try again", down.Body, StringComparison.Ordinal);

        await _redis.ResumeAsync();
        (HttpStatusCode Status, string Body) back = default;
        for (var attempt = 0; attempt < 40 && back.Status != HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(500);
            back = await SayAsync(factory, $"b{attempt}", "no");
        }

        Assert.Equal(HttpStatusCode.OK, back.Status);
        Assert.Contains("Is any part of the breast red, pink, or hot to the touch?", back.Body, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Direct_Line_answers_503_while_its_shared_log_is_out_of_reach_and_carries_on_after()
    {
        using var factory = OnRedis();
        var client = new DirectLineClient(factory);
        await client.StartAsync();
        await _redis.PauseAsync();

        var down = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.True(down.Headers.RetryAfter is not null);

        await _redis.ResumeAsync();
        HttpResponseMessage back;
        var attempt = 0;
        do
        {
            await Task.Delay(500);
            back = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities");
        }
        while (back.StatusCode != HttpStatusCode.OK && ++attempt < 40);

        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.StartsWith("Hi, I'm FeminaBot", DirectLineClient.Text((await DirectLineClient.Json(back)).GetProperty("activities")[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_SQLite_file_locked_by_another_process_gives_a_kind_503_and_the_turn_goes_through_once_it_is_free()
    {
        var directory = Directory.CreateTempSubdirectory("feminabot-locked-").FullName;
        try
        {
            var database = Path.Combine(directory, "feminabot.db");
            using (var factory = new FeminaBotFactory())
            {
                factory.Settings["Storage:Provider"] = "Sqlite";
                factory.Settings["Storage:SqlitePath"] = database;
                Assert.Equal(HttpStatusCode.OK, (await SayAsync(factory, "a1", "I have a plugged duct")).Status);

                // Another writer holds the file's write lock past SQLite's busy timeout.
                await using (var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False"))
                {
                    await other.OpenAsync();
                    await using var hold = other.CreateCommand();
                    hold.CommandText = "BEGIN EXCLUSIVE";
                    await hold.ExecuteNonQueryAsync();

                    var locked = await SayAsync(factory, "a2", "no");
                    Assert.Equal(HttpStatusCode.ServiceUnavailable, locked.Status);
                    Assert.Contains("Please try again", locked.Body, StringComparison.Ordinal);
                }

                var free = await SayAsync(factory, "a2", "no");
                Assert.Equal(HttpStatusCode.OK, free.Status);
                Assert.Contains("Is any part of the breast red, pink, or hot to the touch?", free.Body, StringComparison.Ordinal);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    public Task DisposeAsync() => _redis.DisposeAsync();

    // Short Redis timeouts and a quick breaker, so a frozen server shows in a second, not a minute.
    private FeminaBotFactory OnRedis()
    {
        _redis.Require();
        var factory = new FeminaBotFactory();
        factory.Settings["Storage:Provider"] = "Redis";
        factory.Settings["Storage:Redis"] = $"{_redis.Endpoint},connectTimeout=500,asyncTimeout=1000,syncTimeout=1000";
        factory.Settings["Storage:BreakDuration"] = "00:00:01";
        factory.Settings["Storage:BreakerMinimumThroughput"] = "2";
        return factory;
    }

    private static async Task<(HttpStatusCode Status, string Body)> SayAsync(FeminaBotFactory factory, string id, string text)
    {
        using var response = await EmulatorTurn.PostAsync(factory.CreateClient(), "c-store", "u-store", id, text);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
