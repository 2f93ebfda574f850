using System.Text.Json;
using FeminaBot.Conversations.Schema;
using FeminaBot.Storage.Sqlite;

namespace FeminaBot.DirectLine.Logs;

/// <summary>
/// The Direct Line log in the SQLite database that holds the state, so a page that resumes after a
/// restart finds its conversation, ids and watermark where they were. A row per conversation (started,
/// length, last use) and one per activity, by sequence. One process uses the file, so streams are woken
/// in this process. A conversation nobody has started or appended to for a day is forgotten, as in Redis;
/// one kept for a check-in counts as used a day before it may go (<c>used_at</c> then lies ahead), so
/// the idle rule and the hourly sweep need nothing more.
/// </summary>
internal sealed class SqliteDirectLineLog : IDirectLineLog
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS directline_conversation (
            id TEXT NOT NULL PRIMARY KEY,
            started INTEGER NOT NULL,
            length INTEGER NOT NULL,
            used_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS directline_conversation_used_at ON directline_conversation (used_at);
        CREATE TABLE IF NOT EXISTS directline_activity (
            conversation TEXT NOT NULL,
            sequence INTEGER NOT NULL,
            json BLOB NOT NULL,
            PRIMARY KEY (conversation, sequence)
        );
        """;

    // A conversation past its idle limit is removed before it is used again, so it starts afresh.
    private const string ForgetIfIdleSql = """
        DELETE FROM directline_activity WHERE conversation = $id
            AND EXISTS (SELECT 1 FROM directline_conversation WHERE id = $id AND used_at < $cutoff);
        DELETE FROM directline_conversation WHERE id = $id AND used_at < $cutoff;
        """;

    // Returns a row only for the first caller.
    private const string StartSql = """
        INSERT INTO directline_conversation (id, started, length, used_at) VALUES ($id, 1, 0, $now)
        ON CONFLICT(id) DO UPDATE SET started = 1, used_at = max(used_at, $now) WHERE started = 0
        RETURNING 1
        """;

    private const string GrowSql = """
        INSERT INTO directline_conversation (id, started, length, used_at) VALUES ($id, 0, 1, $now)
        ON CONFLICT(id) DO UPDATE SET length = length + 1, used_at = max(used_at, $now)
        RETURNING length
        """;

    // Kept until $until: as if used a day before it, unless used later than that.
    private const string KeepSql = """
        INSERT INTO directline_conversation (id, started, length, used_at) VALUES ($id, 0, 0, $used)
        ON CONFLICT(id) DO UPDATE SET used_at = max(used_at, $used)
        """;

    private const string InsertSql = "INSERT INTO directline_activity (conversation, sequence, json) VALUES ($id, $sequence, $json)";
    private const string EraseSql = "UPDATE directline_activity SET json = $json WHERE conversation = $id";

    // One statement, so the length and the activities come from one snapshot.
    private const string AfterSql = """
        SELECT c.length, a.sequence, a.json FROM directline_conversation AS c
        LEFT JOIN directline_activity AS a ON a.conversation = c.id AND a.sequence >= $from
        WHERE c.id = $id AND c.used_at >= $cutoff
        ORDER BY a.sequence
        """;

    private const string SweepSql = """
        DELETE FROM directline_activity WHERE conversation IN (SELECT id FROM directline_conversation WHERE used_at < $cutoff);
        DELETE FROM directline_conversation WHERE used_at < $cutoff;
        """;

    private static readonly TimeSpan SweepEvery = TimeSpan.FromHours(1);
    private static readonly byte[] ErasedJson = JsonSerializer.SerializeToUtf8Bytes(ErasedActivity.Create(null), ActivityJson.Activity);

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _clock;
    private readonly DirectLineListeners _listeners = new();
    private long _nextSweepTicks;

    public SqliteDirectLineLog(SqliteDatabase database, TimeProvider clock)
    {
        _database = database;
        _clock = clock;
        _nextSweepTicks = clock.GetUtcNow().UtcTicks;
        database.EnsureSchema(Schema);
    }

    /// <summary>How long a conversation nobody starts or appends to is kept.</summary>
    public static TimeSpan IdleLimit => IDirectLineLog.IdleLimit;

    public Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken)
    {
        var (now, cutoff) = Times();
        return SqliteFailures.GuardAsync(() => _database.WriteAsync(
            session =>
            {
                ForgetIfIdle(session, conversationId, cutoff);
                var start = session.Command(StartSql, "$id", "$now");
                start.Parameters["$id"].Value = conversationId;
                start.Parameters["$now"].Value = now;
                return start.ExecuteScalar() is not null;
            },
            cancellationToken));
    }

    public async Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        // The id comes from the sequence, known only once appended, so the stored JSON goes without one.
        var json = JsonSerializer.SerializeToUtf8Bytes(activity with { Id = null }, ActivityJson.Activity);
        var (now, cutoff) = Times();
        var sweep = SweepIsDue(now);
        var sequence = await SqliteFailures.GuardAsync(() => _database.WriteAsync(
            session =>
            {
                if (sweep)
                {
                    var forget = session.Command(SweepSql, "$cutoff");
                    forget.Parameters["$cutoff"].Value = cutoff;
                    forget.ExecuteNonQuery();
                }

                ForgetIfIdle(session, conversationId, cutoff);
                var grow = session.Command(GrowSql, "$id", "$now");
                grow.Parameters["$id"].Value = conversationId;
                grow.Parameters["$now"].Value = now;
                var sequence = (long)grow.ExecuteScalar()! - 1;

                var insert = session.Command(InsertSql, "$id", "$sequence", "$json");
                insert.Parameters["$id"].Value = conversationId;
                insert.Parameters["$sequence"].Value = sequence;
                insert.Parameters["$json"].Value = json;
                insert.ExecuteNonQuery();
                return (int)sequence;
            },
            cancellationToken));
        _listeners.Wake(conversationId);
        return activity with { Id = DirectLineIds.ActivityId(conversationId, sequence) };
    }

    public Task EraseAsync(string conversationId, CancellationToken cancellationToken) =>
        SqliteFailures.GuardAsync(() => _database.DeleteAsync(
            session =>
            {
                var erase = session.Command(EraseSql, "$id", "$json");
                erase.Parameters["$id"].Value = conversationId;
                erase.Parameters["$json"].Value = ErasedJson;
                return erase.ExecuteNonQuery();
            },
            cancellationToken));

    public Task KeepUntilAsync(string conversationId, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var (_, cutoff) = Times();
        var used = until.Subtract(IdleLimit).ToUnixTimeMilliseconds();
        return SqliteFailures.GuardAsync(() => _database.WriteAsync(
            session =>
            {
                ForgetIfIdle(session, conversationId, cutoff);
                var keep = session.Command(KeepSql, "$id", "$used");
                keep.Parameters["$id"].Value = conversationId;
                keep.Parameters["$used"].Value = used;
                return keep.ExecuteNonQuery();
            },
            cancellationToken));
    }

    public Task<DirectLinePage> AfterAsync(string conversationId, int watermark, CancellationToken cancellationToken)
    {
        var (_, cutoff) = Times();
        return Task.FromResult(SqliteFailures.Guard(() => _database.Read(session =>
        {
            var after = session.Command(AfterSql, "$id", "$from", "$cutoff");
            after.Parameters["$id"].Value = conversationId;
            after.Parameters["$from"].Value = Math.Max(watermark, 0);
            after.Parameters["$cutoff"].Value = cutoff;
            using var reader = after.ExecuteReader();
            var length = 0;
            var activities = new List<Activity>();
            while (reader.Read())
            {
                length = reader.GetInt32(0);
                if (!reader.IsDBNull(1))
                {
                    var activity = ActivityJson.Deserialize((byte[])reader.GetValue(2)) ?? throw new InvalidDataException("A Direct Line log entry is not an activity.");
                    activities.Add(activity with { Id = DirectLineIds.ActivityId(conversationId, reader.GetInt32(1)) });
                }
            }

            return new DirectLinePage(activities, length);
        })));
    }

    public Task<DirectLineSubscription> SubscribeAsync(string conversationId, CancellationToken cancellationToken) =>
        Task.FromResult(_listeners.Add(conversationId));

    private static void ForgetIfIdle(SqliteSession session, string conversationId, long cutoff)
    {
        var forget = session.Command(ForgetIfIdleSql, "$id", "$cutoff");
        forget.Parameters["$id"].Value = conversationId;
        forget.Parameters["$cutoff"].Value = cutoff;
        forget.ExecuteNonQuery();
    }

    private (long Now, long Cutoff) Times()
    {
        var now = _clock.GetUtcNow();
        return (now.ToUnixTimeMilliseconds(), now.Subtract(IdleLimit).ToUnixTimeMilliseconds());
    }

    // Conversations nobody comes back to are removed once an hour, by whichever append comes first.
    private bool SweepIsDue(long nowMilliseconds)
    {
        var now = DateTimeOffset.FromUnixTimeMilliseconds(nowMilliseconds);
        var due = Interlocked.Read(ref _nextSweepTicks);
        return now.UtcTicks >= due && Interlocked.CompareExchange(ref _nextSweepTicks, now.Add(SweepEvery).UtcTicks, due) == due;
    }
}
