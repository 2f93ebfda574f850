using FeminaBot.Storage.Sqlite;

namespace FeminaBot.FollowUps.Store;

/// <summary>
/// Check-ins in the SQLite file that holds the state, so they outlive a restart: a row per
/// conversation with its check-in, when it is due, and until when an instance holds it. A claim is one
/// UPDATE … RETURNING in the writer's immediate transaction, so no two claims, from this process or
/// another sharing the file, take the same row. Times are unix milliseconds.
/// </summary>
internal sealed class SqliteCheckInStore : ICheckInStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS checkin (
            conversation TEXT NOT NULL PRIMARY KEY,
            id TEXT NOT NULL,
            due INTEGER NOT NULL,
            held_until INTEGER NOT NULL,
            address BLOB NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS checkin_due ON checkin (due, held_until);
        """;

    // A new check-in, or one replacing the conversation's earlier one, is free to be taken when due.
    private const string ScheduleSql = """
        INSERT INTO checkin (conversation, id, due, held_until, address) VALUES ($conversation, $id, $due, 0, $address)
        ON CONFLICT(conversation) DO UPDATE SET id = excluded.id, due = excluded.due, held_until = 0, address = excluded.address
        """;

    // UPDATE … LIMIT needs a compile option, so the rows come from a subquery on the index.
    private const string ClaimSql = """
        UPDATE checkin SET held_until = $until
        WHERE conversation IN (
            SELECT conversation FROM checkin WHERE due <= $now AND held_until <= $now ORDER BY due LIMIT $max)
        RETURNING conversation, id, due, address
        """;

    private const string CompleteSql = "DELETE FROM checkin WHERE conversation = $conversation AND id = $id";
    private const string CancelSql = "DELETE FROM checkin WHERE conversation = $conversation";

    private readonly SqliteDatabase _database;

    public SqliteCheckInStore(SqliteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        database.EnsureSchema(Schema);
    }

    public Task ScheduleAsync(PendingCheckIn checkIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        return SqliteFailures.GuardAsync(() => _database.WriteAsync(
            session =>
            {
                var schedule = session.Command(ScheduleSql, "$conversation", "$id", "$due", "$address");
                schedule.Parameters["$conversation"].Value = checkIn.Conversation;
                schedule.Parameters["$id"].Value = checkIn.Id;
                schedule.Parameters["$due"].Value = checkIn.Due.ToUnixTimeMilliseconds();
                schedule.Parameters["$address"].Value = checkIn.Address;
                return schedule.ExecuteNonQuery();
            },
            cancellationToken));
    }

    // The delete path: the address goes from the file and from its write-ahead log at once.
    public Task CancelAsync(string conversation, CancellationToken cancellationToken) =>
        SqliteFailures.GuardAsync(() => _database.DeleteAsync(
            session =>
            {
                var cancel = session.Command(CancelSql, "$conversation");
                cancel.Parameters["$conversation"].Value = conversation;
                return cancel.ExecuteNonQuery();
            },
            cancellationToken));

    public async Task<IReadOnlyList<PendingCheckIn>> ClaimAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        if (max <= 0)
        {
            // LIMIT -1 would be no limit at all.
            return [];
        }

        var taken = await SqliteFailures.GuardAsync(() => _database.WriteAsync(
            session =>
            {
                var claim = session.Command(ClaimSql, "$now", "$until", "$max");
                claim.Parameters["$now"].Value = now.ToUnixTimeMilliseconds();
                claim.Parameters["$until"].Value = (now + lease).ToUnixTimeMilliseconds();
                claim.Parameters["$max"].Value = max;
                using var reader = claim.ExecuteReader();
                var rows = new List<PendingCheckIn>();
                while (reader.Read())
                {
                    rows.Add(new PendingCheckIn(
                        reader.GetString(0),
                        reader.GetString(1),
                        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
                        (byte[])reader.GetValue(3)));
                }

                return rows;
            },
            cancellationToken));

        // RETURNING gives the rows in no particular order.
        taken.Sort((a, b) => a.Due.CompareTo(b.Due));
        return taken;
    }

    // An ordinary write: a handled check-in is not a deletion someone asked for, and the file's
    // secure_delete still overwrites its row; the write-ahead log is emptied at the next checkpoint.
    public Task CompleteAsync(PendingCheckIn checkIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        return SqliteFailures.GuardAsync(() => _database.WriteAsync(
            session =>
            {
                var complete = session.Command(CompleteSql, "$conversation", "$id");
                complete.Parameters["$conversation"].Value = checkIn.Conversation;
                complete.Parameters["$id"].Value = checkIn.Id;
                return complete.ExecuteNonQuery();
            },
            cancellationToken));
    }
}
