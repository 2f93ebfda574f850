using FeminaBot.DirectLine.Logs;
using FeminaBot.Storage.Tests.Redis;
using StackExchange.Redis;

namespace FeminaBot.Tests.DirectLine;

public sealed class RedisDirectLineLogTests(RedisServer redis) : DirectLineLogContract, IClassFixture<RedisServer>, IAsyncLifetime
{
    private readonly string _prefix = $"dl-test-{Guid.NewGuid():N}:";
    private ConnectionMultiplexer? _otherConnection;

    private protected override IDirectLineLog CreateLog() => new RedisDirectLineLog(redis.Require(), _prefix);

    // Another instance has its own connection and its own subscription.
    private protected override IDirectLineLog OpenOther(IDirectLineLog log)
    {
        _otherConnection = ConnectionMultiplexer.Connect(redis.Endpoint);
        return new RedisDirectLineLog(_otherConnection, _prefix);
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
