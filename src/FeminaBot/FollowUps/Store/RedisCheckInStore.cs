using FeminaBot.Storage.Redis;
using StackExchange.Redis;

namespace FeminaBot.FollowUps.Store;

/// <summary>
/// Check-ins in Redis, shared by every instance: one sorted set of conversations scored by when each
/// may next be taken (its due time, or the end of its holder's lease once claimed), and one hash per
/// conversation with its check-in (id, due, address). Everything that touches both is one Lua script,
/// so each step is atomic across instances. A hash expires a day after its check-in was due or last
/// taken, so an orphan cannot stay forever; a claim drops set members whose hash is gone. Times are
/// unix milliseconds.
/// </summary>
internal sealed class RedisCheckInStore(IConnectionMultiplexer redis, string keyPrefix, TimeProvider clock) : ICheckInStore
{
    // KEYS[1] set, KEYS[2] hash. ARGV: conversation, id, due, address, time to live (ms).
    private const string ScheduleScript = """
        redis.call('HSET', KEYS[2], 'id', ARGV[2], 'due', ARGV[3], 'address', ARGV[4])
        redis.call('PEXPIRE', KEYS[2], ARGV[5])
        redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
        return 1
        """;

    // KEYS[1] set, KEYS[2] hash. ARGV: conversation.
    private const string CancelScript = """
        redis.call('DEL', KEYS[2])
        redis.call('ZREM', KEYS[1], ARGV[1])
        return 1
        """;

    // KEYS[1] set. ARGV: now, until, max, the hashes' key prefix, their time to live once taken (ms).
    // Returns conversation, id, due, address for each taken, in the order they became free to take. The hashes' keys are made
    // here from the members, so the script needs every key on one server (no Redis Cluster).
    private const string ClaimScript = """
        local taken = {}
        local members = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
        for _, conversation in ipairs(members) do
          local key = ARGV[4] .. conversation
          local fields = redis.call('HMGET', key, 'id', 'due', 'address')
          if fields[1] and fields[2] and fields[3] then
            redis.call('ZADD', KEYS[1], ARGV[2], conversation)
            redis.call('PEXPIRE', key, ARGV[5])
            table.insert(taken, conversation)
            table.insert(taken, fields[1])
            table.insert(taken, fields[2])
            table.insert(taken, fields[3])
          else
            redis.call('ZREM', KEYS[1], conversation)
          end
        end
        return taken
        """;

    // KEYS[1] set, KEYS[2] hash. ARGV: conversation, id. A hash already gone leaves nothing to keep.
    private const string CompleteScript = """
        local id = redis.call('HGET', KEYS[2], 'id')
        if id and id ~= ARGV[2] then return 0 end
        redis.call('DEL', KEYS[2])
        redis.call('ZREM', KEYS[1], ARGV[1])
        return 1
        """;

    /// <summary>How long a check-in's hash outlives its due time, or the lease of its last claim.</summary>
    public static TimeSpan KeptAfterDue { get; } = TimeSpan.FromDays(1);

    private readonly RedisKey _due = keyPrefix + "checkins";
    private readonly string _hashPrefix = keyPrefix + "checkin:";

    public Task ScheduleAsync(PendingCheckIn checkIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);

        // Relative to this instance's clock, which also decides when check-ins are due.
        var untilDue = checkIn.Due - clock.GetUtcNow();
        var timeToLive = (untilDue > TimeSpan.Zero ? untilDue : TimeSpan.Zero) + KeptAfterDue;
        return RedisFailures.GuardAsync(() => redis.GetDatabase().ScriptEvaluateAsync(
            ScheduleScript,
            [_due, Hash(checkIn.Conversation)],
            [checkIn.Conversation, checkIn.Id, checkIn.Due.ToUnixTimeMilliseconds(), checkIn.Address, Milliseconds(timeToLive)]).WaitAsync(cancellationToken));
    }

    public Task CancelAsync(string conversation, CancellationToken cancellationToken) =>
        RedisFailures.GuardAsync(() => redis.GetDatabase().ScriptEvaluateAsync(
            CancelScript,
            [_due, Hash(conversation)],
            [conversation]).WaitAsync(cancellationToken));

    public async Task<IReadOnlyList<PendingCheckIn>> ClaimAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        if (max <= 0)
        {
            return [];
        }

        var result = await RedisFailures.GuardAsync(() => redis.GetDatabase().ScriptEvaluateAsync(
            ClaimScript,
            [_due],
            [now.ToUnixTimeMilliseconds(), (now + lease).ToUnixTimeMilliseconds(), max, _hashPrefix, Milliseconds(lease + KeptAfterDue)]).WaitAsync(cancellationToken));
        var fields = (RedisResult[])result!;
        var taken = new List<PendingCheckIn>(fields.Length / 4);
        for (var i = 0; i + 3 < fields.Length; i += 4)
        {
            taken.Add(new PendingCheckIn(
                (string)fields[i]!,
                (string)fields[i + 1]!,
                DateTimeOffset.FromUnixTimeMilliseconds((long)fields[i + 2]),
                (byte[])fields[i + 3]!));
        }

        return taken;
    }

    public Task CompleteAsync(PendingCheckIn checkIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        return RedisFailures.GuardAsync(() => redis.GetDatabase().ScriptEvaluateAsync(
            CompleteScript,
            [_due, Hash(checkIn.Conversation)],
            [checkIn.Conversation, checkIn.Id]).WaitAsync(cancellationToken));
    }

    private static long Milliseconds(TimeSpan span) => Math.Max(1, (long)span.TotalMilliseconds);

    private RedisKey Hash(string conversation) => _hashPrefix + conversation;
}
