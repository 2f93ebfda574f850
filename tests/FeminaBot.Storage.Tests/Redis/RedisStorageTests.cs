using System.Text;
using FeminaBot.Conversations.Storage;
using FeminaBot.Conversations.Tests.Storage;
using FeminaBot.Storage.Redis;
using StackExchange.Redis;

namespace FeminaBot.Storage.Tests.Redis;

public sealed class RedisStorageTests(RedisServer redis) : StorageContract, IClassFixture<RedisServer>
{
    // A prefix per test instance keeps the tests apart on the one server.
    private readonly string _prefix = $"test-{Guid.NewGuid():N}:";

    protected override IStorage CreateStorage() => new RedisStorage(redis.Require(), _prefix);

    [SkippableFact]
    public async Task Two_instances_on_one_Redis_cannot_both_win_a_race()
    {
        var connection = redis.Require();
        await using var other = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        var first = new RedisStorage(connection, _prefix);
        var second = new RedisStorage(other, _prefix);
        var etag = (await first.WriteAsync(Item("k", "{}", null), default))["k"];

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(async i =>
        {
            try
            {
                await (i % 2 == 0 ? first : second).WriteAsync(Item("k", $$"""{"n":{{i}}}""", etag), default);
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
    public async Task Items_expire_after_the_time_to_live()
    {
        var connection = redis.Require();
        var storage = new RedisStorage(connection, _prefix, TimeSpan.FromMinutes(30));

        await storage.WriteAsync(Item("k", "{}", null), default);

        var ttl = await connection.GetDatabase().KeyTimeToLiveAsync(_prefix + "k");
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(29), TimeSpan.FromMinutes(30));
    }

    private static Dictionary<string, StoreItem> Item(string key, string json, string? etag) =>
        new() { [key] = new StoreItem(Encoding.UTF8.GetBytes(json), etag) };
}
