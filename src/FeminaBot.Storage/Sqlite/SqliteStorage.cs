using System.Globalization;
using FeminaBot.Conversations.Storage;
using FeminaBot.Storage.Guarded;
using Microsoft.Data.Sqlite;

namespace FeminaBot.Storage.Sqlite;

/// <summary>
/// State in one SQLite file (write-ahead logging), with the runtime's ETag rules: a write of several
/// items checks every ETag and applies all or none inside one immediate transaction, so two
/// processes sharing the file cannot both win a race.
/// </summary>
public sealed class SqliteStorage : GuardedStorage, IDisposable
{
    private readonly string _connectionString;
    private readonly TimeProvider _clock;

    // SQLite has one writer at a time. Queuing this process's writes here is far cheaper than
    // letting them collide on the file lock and back off; other processes still meet the lock.
    private readonly SemaphoreSlim _writer = new(1, 1);

    private readonly TimeSpan? _retention;
    private readonly System.Collections.Concurrent.ConcurrentQueue<SqliteSession> _readers = new();
    private SqliteSession? _writerSession;
    private long _writes;

    // Readers kept open between calls; more at once are opened and closed as needed.
    private const int KeptReaders = 16;

    /// <summary>
    /// Opens (and if needed creates) the database file at <paramref name="path"/>; items not written
    /// for <paramref name="retention"/> are gone.
    /// </summary>
    public SqliteStorage(string path, TimeProvider? clock = null, TimeSpan? retention = null)
    {
        _retention = retention;
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        FilePath = Path.GetFullPath(path);
        _clock = clock ?? TimeProvider.System;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 5,
        }.ToString();
        Initialize();
    }

    /// <summary>The database file.</summary>
    public string FilePath { get; }

    /// <inheritdoc/>
    protected override string UnavailableMessage => "The SQLite file is busy, locked or unreadable.";

    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_CANTOPEN: the channel may retry.
    /// <inheritdoc/>
    protected override bool IsUnavailable(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 5 or 6 or 10 or 14 };

    /// <inheritdoc/>
    protected override Task<IReadOnlyDictionary<string, StoreItem>> ReadCoreAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
        }

        // A read of a few rows by primary key takes microseconds, so it runs here rather than hopping threads.
        var session = _readers.TryDequeue(out var kept) ? kept : SqliteSession.Open(_connectionString);
        try
        {
            session.Read.Parameters["$cutoff"].Value = Cutoff();
            foreach (var key in keys)
            {
                cancellationToken.ThrowIfCancellationRequested();
                session.Read.Parameters["$key"].Value = key;
                using var reader = session.Read.ExecuteReader();
                if (reader.Read())
                {
                    found[key] = new StoreItem((byte[])reader.GetValue(0), reader.GetString(1));
                }
            }
        }
        catch
        {
            session.Dispose();
            throw;
        }

        if (_readers.Count < KeptReaders)
        {
            _readers.Enqueue(session);
        }
        else
        {
            session.Dispose();
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    /// <inheritdoc/>
    protected override Task<IReadOnlyDictionary<string, string>> WriteCoreAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken) =>
        changes.Count == 0
            ? Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>())
            : WithWriterAsync(session => Write(session, changes), cancellationToken);

    /// <inheritdoc/>
    protected override Task DeleteCoreAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        keys.Count == 0
            ? Task.CompletedTask
            : WithWriterAsync(
                session =>
                {
                    using var transaction = session.Connection.BeginTransaction();
                    session.Enlist(transaction);
                    foreach (var key in keys)
                    {
                        session.Delete.Parameters["$key"].Value = key;
                        session.Delete.ExecuteNonQuery();
                    }

                    transaction.Commit();
                    return true;
                },
                cancellationToken);

    // Every change to the file goes through this process's one writer session, one at a time; each
    // change enlists the session's statements in its own transaction first.
    private async Task<T> WithWriterAsync<T>(Func<SqliteSession, T> work, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        SqliteSession? session = null;
        try
        {
            session = _writerSession ??= SqliteSession.Open(_connectionString);
            return work(session);
        }
        catch (Exception e) when (e is not StoreConcurrencyException)
        {
            // A locked or broken file: the next change starts on a fresh connection.
            _writerSession = null;
            session?.Dispose();
            throw;
        }
        finally
        {
            _writer.Release();
        }
    }

    private IReadOnlyDictionary<string, string> Write(SqliteSession session, IReadOnlyDictionary<string, StoreItem> changes)
    {
        // BEGIN IMMEDIATE: take the write lock before reading the ETags, so the check and the
        // write are one step for every process sharing the file. A throw rolls it back.
        using var transaction = session.Connection.BeginTransaction();
        session.Enlist(transaction);
        var cutoff = Cutoff();
        foreach (var (key, change) in changes)
        {
            session.ReadETag.Parameters["$key"].Value = key;
            session.ReadETag.Parameters["$cutoff"].Value = cutoff;
            if (!ETagCheck.Allows(change.ETag, session.ReadETag.ExecuteScalar() as string))
            {
                throw StoreConcurrencyException.ForKey(key);
            }
        }

        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        var now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var (key, change) in changes)
        {
            var etag = Guid.NewGuid().ToString("N");
            session.Upsert.Parameters["$key"].Value = key;
            session.Upsert.Parameters["$json"].Value = change.Json.ToArray();
            session.Upsert.Parameters["$etag"].Value = etag;
            session.Upsert.Parameters["$now"].Value = now;
            session.Upsert.ExecuteNonQuery();
            etags[key] = etag;
        }

        // Now and then, remove what the retention has already hidden from reads.
        if (_retention is not null && Interlocked.Increment(ref _writes) % 1000 == 1)
        {
            using var purge = session.Connection.CreateCommand();
            purge.Transaction = transaction;
            purge.CommandText = "DELETE FROM state WHERE updated_at < $cutoff";
            purge.Parameters.AddWithValue("$cutoff", cutoff);
            purge.ExecuteNonQuery();
        }

        transaction.Commit();
        return etags;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _writer.Dispose();
        _writerSession?.Dispose();
        while (_readers.TryDequeue(out var session))
        {
            session.Dispose();
        }
    }

    private void Initialize()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS state (
                key TEXT NOT NULL PRIMARY KEY,
                json BLOB NOT NULL,
                etag TEXT NOT NULL,
                updated_at INTEGER NOT NULL
            ) WITHOUT ROWID;
            """;
        command.ExecuteNonQuery();
    }

    private long Cutoff() => _retention is { } retention ? _clock.GetUtcNow().Subtract(retention).ToUnixTimeMilliseconds() : long.MinValue;
}
