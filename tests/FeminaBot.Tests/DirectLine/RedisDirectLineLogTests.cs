using FeminaBot.DirectLine.Logs;
using FeminaBot.Storage.Tests.Redis;
using StackExchange.Redis;

namespace FeminaBot.Tests.DirectLine;

public sealed class RedisDirectLineLogTests(RedisServer redis) : DirectLineLogContract, IClassFixture<RedisServer>, IAsyncLifetime
{
    private readonly string _prefix = $"dl-test-{Guid.NewGuid():N}:";
    private ConnectionMultiplexer? _otherConnection;

    private protected override IDirectLineLog CreateLog() => new RedisDirectLineLog(redis.Require(), _prefix, Clock);

    // Another instance has its own connection and its own subscription.
    private protected override IDirectLineLog OpenOther(IDirectLineLog log)
    {
        _otherConnection = ConnectionMultiplexer.Connect(redis.Endpoint);
        return new RedisDirectLineLog(_otherConnection, _prefix, Clock);
    }

    // Redis keeps its own time: passing time is every key of the test coming that much closer to expiring.
    private protected override async Task PassAsync(TimeSpan time)
    {
        var connection = redis.Require();
        var database = connection.GetDatabase();
        await foreach (var key in connection.GetServer(connection.GetEndPoints()[0]).KeysAsync(pattern: _prefix + "*"))
        {
            if (await database.KeyTimeToLiveAsync(key) is { } ttl)
            {
                _ = ttl <= time ? await database.KeyDeleteAsync(key) : await database.KeyExpireAsync(key, ttl - time);
            }
        }

        await base.PassAsync(time);
    }

    [SkippableFact]
    public async Task A_conversation_nobody_appends_to_for_a_day_expires()
    {
        var connection = redis.Require();
        await CreateLog().AppendAsync("conv", new FeminaBot.Conversations.Schema.Activity { Type = "message", Text = "hi" }, default);

        var ttl = await connection.GetDatabase().KeyTimeToLiveAsync(_prefix + "directline:conv:log");

        Assert.InRange(ttl!.Value, TimeSpan.FromHours(23), TimeSpan.FromHours(24));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_otherConnection is not null)
        {
            await _otherConnection.DisposeAsync();
        }
    }
}
