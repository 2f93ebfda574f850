using FeminaBot.FollowUps.Store;
using FeminaBot.Storage.Tests.Redis;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace FeminaBot.Tests.FollowUps;

/// <summary>The contract on a real redis-server, with a second instance on its own connection; and the keys it leaves there.</summary>
public sealed class RedisCheckInStoreTests(RedisServer redis) : CheckInStoreContract, IClassFixture<RedisServer>, IAsyncLifetime
{
    private const string PrefixRoot = "checkin-test-";
    private readonly string _prefix = $"{PrefixRoot}{Guid.NewGuid():N}:";
    private ConnectionMultiplexer? _otherConnection;

    private protected override ICheckInStore CreateStore() => new RedisCheckInStore(redis.Require(), _prefix, TimeProvider.System);

    // Another instance has its own connection.
    private protected override ICheckInStore OpenOther(ICheckInStore store)
    {
        _otherConnection = ConnectionMultiplexer.Connect(redis.Endpoint);
        return new RedisCheckInStore(_otherConnection, _prefix, TimeProvider.System);
    }

    [SkippableFact]
    public async Task Check_ins_are_kept_under_the_key_prefix_and_expire_a_day_after_they_are_due_or_taken()
    {
        var connection = redis.Require();
        var clock = new FakeTimeProvider(Evening);
        var store = new RedisCheckInStore(connection, _prefix, clock);
        await store.ScheduleAsync(CheckIn("sms/a", "a1", Evening.AddDays(1)), default);

        var keys = connection.GetServer(redis.Endpoint).Keys(pattern: "*").Select(k => (string)k!).ToList();
        Assert.All(keys, key => Assert.StartsWith(PrefixRoot, key, StringComparison.Ordinal));
        Assert.Equal([_prefix + "checkin:sms/a", _prefix + "checkins"], keys.Where(k => k.StartsWith(_prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        var hash = (RedisKey)(_prefix + "checkin:sms/a");
        Assert.InRange((await connection.GetDatabase().KeyTimeToLiveAsync(hash))!.Value, TimeSpan.FromHours(47), TimeSpan.FromHours(48));

        clock.Advance(TimeSpan.FromDays(1));
        Assert.Single(await store.ClaimAsync(clock.GetUtcNow(), Lease, 20, default));

        Assert.InRange((await connection.GetDatabase().KeyTimeToLiveAsync(hash))!.Value, TimeSpan.FromHours(23), TimeSpan.FromDays(1) + Lease);
    }

    [SkippableFact]
    public async Task A_due_check_in_whose_hash_expired_is_skipped_and_dropped_from_the_queue()
    {
        var connection = redis.Require();
        var store = CreateStore();
        await store.ScheduleAsync(CheckIn("sms/a", "a1", Evening.AddMinutes(-1)), default);
        await store.ScheduleAsync(CheckIn("sms/b", "b1", Evening), default);
        await connection.GetDatabase().KeyDeleteAsync(_prefix + "checkin:sms/a");

        var taken = await store.ClaimAsync(Evening, Lease, 20, default);

        Assert.Equal(["b1"], taken.Select(c => c.Id));
        Assert.Equal(["sms/b"], (await connection.GetDatabase().SortedSetRangeByRankAsync(_prefix + "checkins")).Select(m => (string)m!));
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
