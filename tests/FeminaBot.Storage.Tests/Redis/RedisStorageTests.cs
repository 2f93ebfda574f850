using System.Text;
using FeminaBot.Conversations.Storage;
using FeminaBot.Conversations.Tests.Storage;
using FeminaBot.Storage.Redis;
using StackExchange.Redis;

namespace FeminaBot.Storage.Tests.Redis;

public sealed class RedisStorageTests(RedisServer redis) : StorageContract, IClassFixture<RedisServer>, IAsyncLifetime
{
    // A prefix per test instance keeps the tests apart on the one server.
    private readonly string _prefix = $"test-{Guid.NewGuid():N}:";

    private ConnectionMultiplexer? _secondConnection;

    protected override IStorage CreateStorage() => new RedisStorage(redis.Require(), _prefix);

    protected override async Task<IStorage> OpenSecondStoreAsync()
    {
        _secondConnection = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        return new RedisStorage(_secondConnection, _prefix);
    }

    [SkippableFact]
    public async Task Items_expire_after_the_time_to_live()
    {
        var connection = redis.Require();
        var storage = new RedisStorage(connection, _prefix, TimeSpan.FromMinutes(30));

        await storage.WriteAsync(Item("k", "{}", null), default);

        var ttl = await connection.GetDatabase().KeyTimeToLiveAsync(_prefix + "k");
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_secondConnection is not null)
        {
            await _secondConnection.DisposeAsync();
        }
    }

    private static Dictionary<string, StoreItem> Item(string key, string json, string? etag) =>
        new() { [key] = new StoreItem(Encoding.UTF8.GetBytes(json), etag) };
}
