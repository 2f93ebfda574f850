using FeminaBot.Conversations.Schema;
using FeminaBot.Storage.Redis;
using StackExchange.Redis;

namespace FeminaBot.DirectLine.Logs;

/// <summary>
/// The Direct Line log in Redis, shared by every instance: each conversation a list of activity JSON
/// whose index is the sequence, a flag for "started", and one channel on which every instance hears
/// which conversation grew, to wake its own streams. A conversation idle for a day expires; one kept for
/// a check-in has its keys' time to live raised to reach then, and an append never lowers it.
/// </summary>
internal sealed class RedisDirectLineLog : IDirectLineLog, IDisposable
{
    // KEYS[1] log. ARGV: JSON, idle ms, channel, conversation id. Returns the new length. A log kept
    // longer than the idle limit (KeepScript) keeps its longer time to live.
    private const string AppendScript = """
        local n = redis.call('RPUSH', KEYS[1], ARGV[1])
        if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        redis.call('PUBLISH', ARGV[3], ARGV[4])
        return n
        """;

    // KEYS[1] log. ARGV: watermark. Returns the length, then the entries after the watermark.
    private const string AfterScript = """
        local n = redis.call('LLEN', KEYS[1])
        local from = tonumber(ARGV[1])
        if from >= n then return {n} end
        local page = redis.call('LRANGE', KEYS[1], from, -1)
        table.insert(page, 1, n)
        return page
        """;

    // KEYS[1] log. ARGV: the erased entry. Every entry is replaced; the length stays.
    private const string EraseScript = """
        local n = redis.call('LLEN', KEYS[1])
        for i = 0, n - 1 do redis.call('LSET', KEYS[1], i, ARGV[1]) end
        return n
        """;

    // KEYS: the log, the started flag. ARGV: ms to keep them. Each key that exists lives at least that long.
    private const string KeepScript = """
        for _, key in ipairs(KEYS) do
            local ttl = redis.call('PTTL', key)
            if ttl ~= -2 and ttl < tonumber(ARGV[1]) then redis.call('PEXPIRE', key, ARGV[1]) end
        end
        return 0
        """;

    private static readonly string ErasedJson = ActivityJson.Serialize(ErasedActivity.Create(null));

    private readonly IConnectionMultiplexer _redis;
    private readonly string _prefix;
    private readonly TimeProvider _clock;
    private readonly RedisChannel _appended;
    private readonly DirectLineListeners _listeners = new();
    private readonly SemaphoreSlim _subscribing = new(1, 1);
    private volatile bool _subscribed;

    public RedisDirectLineLog(IConnectionMultiplexer redis, string keyPrefix, TimeProvider clock)
    {
        _redis = redis;
        _clock = clock;
        _prefix = keyPrefix + "directline:";
        _appended = RedisChannel.Literal(_prefix + "appended");
    }

    /// <summary>How long a conversation nobody appends to is kept.</summary>
    public static TimeSpan IdleLimit => IDirectLineLog.IdleLimit;

    public Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken) =>
        RedisFailures.GuardAsync(() => _redis.GetDatabase().StringSetAsync(StartedKey(conversationId), 1, IdleLimit, When.NotExists).WaitAsync(cancellationToken));

    public Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken) =>
        RedisFailures.GuardAsync(async () =>
        {
            // The id is the list index, known only once appended, so the stored JSON goes without one.
            var json = ActivityJson.Serialize(activity with { Id = null });
            var length = (long)await _redis.GetDatabase().ScriptEvaluateAsync(
                AppendScript,
                [LogKey(conversationId)],
                [json, (long)IdleLimit.TotalMilliseconds, _appended.ToString(), conversationId]).WaitAsync(cancellationToken);
            return activity with { Id = DirectLineIds.ActivityId(conversationId, (int)length - 1) };
        });

    public Task EraseAsync(string conversationId, CancellationToken cancellationToken) =>
        RedisFailures.GuardAsync(() => _redis.GetDatabase().ScriptEvaluateAsync(EraseScript, [LogKey(conversationId)], [ErasedJson]).WaitAsync(cancellationToken));

    public Task KeepUntilAsync(string conversationId, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var milliseconds = (long)(until - _clock.GetUtcNow()).TotalMilliseconds;
        return milliseconds <= 0
            ? Task.CompletedTask
            : RedisFailures.GuardAsync(() => _redis.GetDatabase().ScriptEvaluateAsync(KeepScript, [LogKey(conversationId), StartedKey(conversationId)], [milliseconds]).WaitAsync(cancellationToken));
    }

    public Task<DirectLinePage> AfterAsync(string conversationId, int watermark, CancellationToken cancellationToken) =>
        RedisFailures.GuardAsync(async () =>
        {
            var from = Math.Max(watermark, 0);
            var result = (RedisResult[])(await _redis.GetDatabase().ScriptEvaluateAsync(AfterScript, [LogKey(conversationId)], [from]).WaitAsync(cancellationToken))!;
            var length = (int)result[0];
            var activities = new List<Activity>(result.Length - 1);
            for (var i = 1; i < result.Length; i++)
            {
                var activity = ActivityJson.Deserialize((byte[])result[i]!) ?? throw new InvalidDataException("A Direct Line log entry is not an activity.");
                activities.Add(activity with { Id = DirectLineIds.ActivityId(conversationId, from + i - 1) });
            }

            return new DirectLinePage(activities, length);
        });

    public async Task<DirectLineSubscription> SubscribeAsync(string conversationId, CancellationToken cancellationToken)
    {
        // Listen before the caller reads the log, so nothing appended in between goes unheard.
        var subscription = _listeners.Add(conversationId);
        try
        {
            await EnsureSubscribedAsync(cancellationToken);
            return subscription;
        }
        catch
        {
            subscription.Dispose();
            throw;
        }
    }

    // One Redis subscription per instance, however many streams it serves; Redis restores it after a reconnect.
    private async Task EnsureSubscribedAsync(CancellationToken cancellationToken)
    {
        if (_subscribed)
        {
            return;
        }

        await _subscribing.WaitAsync(cancellationToken);
        try
        {
            if (!_subscribed)
            {
                await RedisFailures.GuardAsync(async () =>
                {
                    await _redis.GetSubscriber().SubscribeAsync(_appended, (_, conversationId) => _listeners.Wake(conversationId!)).WaitAsync(cancellationToken);
                    return true;
                });
                _subscribed = true;
            }
        }
        finally
        {
            _subscribing.Release();
        }
    }

    public void Dispose() => _subscribing.Dispose();

    private RedisKey LogKey(string conversationId) => _prefix + conversationId + ":log";

    private RedisKey StartedKey(string conversationId) => _prefix + conversationId + ":started";
}
