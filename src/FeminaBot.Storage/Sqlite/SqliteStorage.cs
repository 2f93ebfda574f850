using FeminaBot.Conversations.Storage;
using FeminaBot.Storage.Guarded;

namespace FeminaBot.Storage.Sqlite;

/// <summary>
/// State in a SQLite database, with the runtime's ETag rules: a write of several items checks every
/// ETag and applies all or none inside one immediate transaction, so two processes sharing the file
/// cannot both win a race. A deletion leaves nothing of the items in the file or its write-ahead log.
/// </summary>
public sealed class SqliteStorage : GuardedStorage, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS state (
            key TEXT NOT NULL PRIMARY KEY,
            json BLOB NOT NULL,
            etag TEXT NOT NULL,
            updated_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        """;

    private const string ReadSql = "SELECT json, etag FROM state WHERE key = $key AND updated_at >= $cutoff";
    private const string ReadETagSql = "SELECT etag FROM state WHERE key = $key AND updated_at >= $cutoff";
    private const string UpsertSql = """
        INSERT INTO state (key, json, etag, updated_at) VALUES ($key, $json, $etag, $now)
        ON CONFLICT(key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at
        """;
    private const string DeleteSql = "DELETE FROM state WHERE key = $key";
    private const string PurgeSql = "DELETE FROM state WHERE updated_at < $cutoff";

    private readonly SqliteDatabase _database;
    private readonly bool _ownsDatabase;
    private readonly TimeProvider _clock;
    private readonly TimeSpan? _retention;
    private long _writes;

    /// <summary>
    /// Opens (and if needed creates) the database file at <paramref name="path"/>, for this store alone;
    /// items not written for <paramref name="retention"/> are gone.
    /// </summary>
    public SqliteStorage(string path, TimeProvider? clock = null, TimeSpan? retention = null)
        : this(SqliteDatabase.Open(path), clock, retention) => _ownsDatabase = true;

    /// <summary>State in <paramref name="database"/>, which others may share; items not written for <paramref name="retention"/> are gone.</summary>
    public SqliteStorage(SqliteDatabase database, TimeProvider? clock = null, TimeSpan? retention = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _clock = clock ?? TimeProvider.System;
        _retention = retention;
        database.EnsureSchema(Schema);
    }

    public string FilePath => _database.FilePath;

    protected override string DescribeUnavailable(Exception exception) => SqliteFailures.Describe(exception);

    protected override bool IsUnavailable(Exception exception) => SqliteFailures.IsUnavailable(exception);

    protected override Task<IReadOnlyDictionary<string, StoreItem>> ReadCoreAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
        }

        var cutoff = Cutoff();
        _database.Read(session =>
        {
            var read = session.Command(ReadSql, "$key", "$cutoff");
            read.Parameters["$cutoff"].Value = cutoff;
            foreach (var key in keys)
            {
                cancellationToken.ThrowIfCancellationRequested();
                read.Parameters["$key"].Value = key;
                using var reader = read.ExecuteReader();
                if (reader.Read())
                {
                    found[key] = new StoreItem((byte[])reader.GetValue(0), reader.GetString(1));
                }
            }

            return found;
        });
        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    protected override Task<IReadOnlyDictionary<string, string>> WriteCoreAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken) =>
        changes.Count == 0
            ? Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>())
            : _database.WriteAsync(session => Write(session, changes), cancellationToken);

    protected override Task DeleteCoreAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        keys.Count == 0
            ? Task.CompletedTask
            : _database.DeleteAsync(
                session =>
                {
                    var delete = session.Command(DeleteSql, "$key");
                    foreach (var key in keys)
                    {
                        delete.Parameters["$key"].Value = key;
                        delete.ExecuteNonQuery();
                    }

                    return keys.Count;
                },
                cancellationToken);

    // Inside the writer's immediate transaction: the ETag checks and the writes are one step.
    private IReadOnlyDictionary<string, string> Write(SqliteSession session, IReadOnlyDictionary<string, StoreItem> changes)
    {
        var cutoff = Cutoff();
        var readETag = session.Command(ReadETagSql, "$key", "$cutoff");
        readETag.Parameters["$cutoff"].Value = cutoff;
        foreach (var (key, change) in changes)
        {
            readETag.Parameters["$key"].Value = key;
            if (!ETagCheck.Allows(change.ETag, readETag.ExecuteScalar() as string))
            {
                throw StoreConcurrencyException.ForKey(key);
            }
        }

        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        var now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        var upsert = session.Command(UpsertSql, "$key", "$json", "$etag", "$now");
        foreach (var (key, change) in changes)
        {
            var etag = Guid.NewGuid().ToString("N");
            upsert.Parameters["$key"].Value = key;
            upsert.Parameters["$json"].Value = change.Json.ToArray();
            upsert.Parameters["$etag"].Value = etag;
            upsert.Parameters["$now"].Value = now;
            upsert.ExecuteNonQuery();
            etags[key] = etag;
        }

        // Now and then, remove what the retention has already hidden from reads.
        if (_retention is not null && Interlocked.Increment(ref _writes) % 1000 == 1)
        {
            var purge = session.Command(PurgeSql, "$cutoff");
            purge.Parameters["$cutoff"].Value = cutoff;
            purge.ExecuteNonQuery();
        }

        return etags;
    }

    public void Dispose()
    {
        if (_ownsDatabase)
        {
            _database.Dispose();
        }
    }

    private long Cutoff() => _retention is { } retention ? _clock.GetUtcNow().Subtract(retention).ToUnixTimeMilliseconds() : long.MinValue;
}
