using FeminaBot.Conversations.Storage;
using FeminaBot.Storage.Guarded;
using StackExchange.Redis;

namespace FeminaBot.Storage.Redis;

/// <summary>
/// State in Redis, shared by every instance of the program, with the runtime's ETag rules made
/// atomic by a Lua script: every expected ETag is checked and every item written in one step, or
/// none is. Each item is a hash of its JSON and its ETag, under a prefix, and may expire.
/// </summary>
public sealed class RedisStorage(IConnectionMultiplexer redis, string keyPrefix = "feminabot:", TimeSpan? timeToLive = null) : GuardedStorage
{
    // ARGV: time to live in ms (0: none), then per key: expected ETag ("" = must not exist,
    // "*" = anything), JSON, new ETag. Returns 0, or the 1-based index of the key that lost.
    private const string WriteScript = """
        for i, key in ipairs(KEYS) do
          local expected = ARGV[2 + (i - 1) * 3]
          local current = redis.call('HGET', key, 'e')
          if expected == '' then
            if current then return i end
          elseif expected ~= '*' and current ~= expected then
            return i
          end
        end
        local ttl = tonumber(ARGV[1])
        for i, key in ipairs(KEYS) do
          local base = 2 + (i - 1) * 3
          redis.call('HSET', key, 'j', ARGV[base + 1], 'e', ARGV[base + 2])
          if ttl > 0 then redis.call('PEXPIRE', key, ttl) end
        end
        return 0
        """;

    private static readonly RedisValue[] Fields = ["j", "e"];

    protected override string DescribeUnavailable(Exception exception) => "Redis did not answer.";

    // Redis out of reach or too slow is "unavailable", so the host can tell the channel to retry.
    protected override bool IsUnavailable(Exception exception) => RedisFailures.IsUnavailable(exception);

    protected override async Task<IReadOnlyDictionary<string, StoreItem>> ReadCoreAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        var reads = keys.Distinct(StringComparer.Ordinal).Select(key => (Key: key, Values: database.HashGetAsync(Key(key), Fields))).ToList();
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        foreach (var (key, values) in reads)
        {
            var pair = await values.WaitAsync(cancellationToken);
            if (!pair[0].IsNull && !pair[1].IsNull)
            {
                found[key] = new StoreItem((byte[])pair[0]!, (string)pair[1]!);
            }
        }

        return found;
    }

    protected override async Task<IReadOnlyDictionary<string, string>> WriteCoreAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        var entries = changes.ToList();
        var etags = entries.ToDictionary(e => e.Key, _ => Guid.NewGuid().ToString("N"), StringComparer.Ordinal);
        var arguments = new List<RedisValue> { (long)(timeToLive?.TotalMilliseconds ?? 0) };
        foreach (var (key, item) in entries)
        {
            arguments.Add(item.ETag ?? string.Empty);
            arguments.Add(item.Json.ToArray());
            arguments.Add(etags[key]);
        }

        var result = (long)await redis.GetDatabase()
            .ScriptEvaluateAsync(WriteScript, entries.Select(e => (RedisKey)Key(e.Key)).ToArray(), [.. arguments])
            .WaitAsync(cancellationToken);
        return result == 0 ? etags : throw StoreConcurrencyException.ForKey(entries[(int)result - 1].Key);
    }

    protected override async Task DeleteCoreAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count > 0)
        {
            await redis.GetDatabase().KeyDeleteAsync(keys.Select(k => (RedisKey)Key(k)).ToArray()).WaitAsync(cancellationToken);
        }
    }

    private string Key(string key) => keyPrefix + key;
}
