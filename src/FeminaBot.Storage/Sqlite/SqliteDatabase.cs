using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace FeminaBot.Storage.Sqlite;

/// <summary>
/// One SQLite file (write-ahead logging) shared by everything the process keeps in it: the state,
/// the Direct Line log and the pending check-ins. It owns the file (owner-only on Unix, <c>secure_delete</c> on), the
/// readers kept open, and the process's one writer: SQLite has one writer at a time, and queuing
/// this process's writes here is far cheaper than letting them collide on the file lock and back off;
/// other processes still meet the lock.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    // Readers kept open between calls; more at once are opened and closed as needed.
    private const int KeptReaders = 16;

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly ConcurrentQueue<SqliteSession> _readers = new();
    private readonly GroupCommit _group;
    private SqliteSession? _writerSession;
    private long _commits;

    private SqliteDatabase(string filePath)
    {
        FilePath = filePath;
        _group = new GroupCommit(this);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = filePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 5,
        }.ToString();
    }

    public string FilePath { get; }

    /// <summary>The transactions this process's writer has committed; with group commit, fewer than the writes.</summary>
    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>
    /// Opens (and if needed creates) the database at <paramref name="path"/>, checking that it is one;
    /// throws <see cref="SqliteDatabaseException"/>, naming the file and what to do, when it cannot be used.
    /// </summary>
    public static SqliteDatabase Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var filePath = Path.GetFullPath(path);
        var database = new SqliteDatabase(filePath);
        try
        {
            SqliteFiles.Prepare(filePath);
            database.Initialize();
            return database;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            database.Dispose();
            throw SqliteDatabaseException.For(filePath, e);
        }
    }

    /// <summary>Creates the tables and indexes of one user of the file, if missing (<c>CREATE … IF NOT EXISTS</c>).</summary>
    public void EnsureSchema(string sql)
    {
        try
        {
            Write(session => session.Execute(sql));
        }
        catch (SqliteException e)
        {
            throw SqliteDatabaseException.For(FilePath, e);
        }
    }

    /// <summary>Runs <paramref name="read"/> on a reader session, outside any transaction.</summary>
    public T Read<T>(Func<SqliteSession, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);

        // A read of a few rows by key takes microseconds, so it runs on the caller's thread.
        var session = _readers.TryDequeue(out var kept) ? kept : SqliteSession.Open(_connectionString);
        T result;
        try
        {
            result = read(session);
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

        return result;
    }

    /// <summary>
    /// Runs <paramref name="write"/> in an immediate transaction of the process's writer, after the
    /// writes before it. Writes that arrive together share one transaction and one commit (group
    /// commit), each in its own savepoint: one that throws (an ETag that lost its check) is rolled back
    /// and fails alone. The task completes only once the transaction holding the write has committed.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteSession, T> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var pending = new GroupCommit.Write<T>(write, cancellationToken);
        _group.Enqueue(pending);
        _ = _group.DrainAsync();
        return pending.Task;
    }

    /// <summary>
    /// Runs <paramref name="delete"/> as <see cref="WriteAsync"/> does, then moves everything from the
    /// write-ahead log into the file and empties the log, so what was deleted stays in neither.
    /// </summary>
    public Task<T> DeleteAsync<T>(Func<SqliteSession, T> delete, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delete);
        return WithWriterAsync(
            session =>
            {
                var result = session.InTransaction(delete);

                // Waits (up to the busy timeout) for readers of older snapshots; if another process
                // still holds one, the log is emptied at a later checkpoint instead.
                session.Execute("PRAGMA wal_checkpoint(TRUNCATE)");
                return result;
            },
            cancellationToken);
    }

    /// <summary>The same as <see cref="WriteAsync"/>, blocking; for work done once, such as the schema.</summary>
    public T Write<T>(Func<SqliteSession, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        _writer.Wait();
        try
        {
            return OnWriter(session => session.InTransaction(write));
        }
        finally
        {
            _writer.Release();
        }
    }

    // The writer's turn, for a batch of writes: waits for it, then runs the batch on the writer's session.
    internal async Task WithWriterTurnAsync(Action<SqliteSession> batch)
    {
        await _writer.WaitAsync();
        try
        {
            OnWriter(session =>
            {
                batch(session);
                return 0;
            });
        }
        finally
        {
            _writer.Release();
        }
    }

    private async Task<T> WithWriterAsync<T>(Func<SqliteSession, T> work, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            return OnWriter(work);
        }
        finally
        {
            _writer.Release();
        }
    }

    // Called holding the writer's turn.
    private T OnWriter<T>(Func<SqliteSession, T> work)
    {
        SqliteSession? session = null;
        try
        {
            session = _writerSession ??= SqliteSession.Open(_connectionString);
            var result = work(session);
            Interlocked.Increment(ref _commits);
            return result;
        }
        catch (SqliteException)
        {
            // A locked or broken file: the next change starts on a fresh connection.
            _writerSession = null;
            session?.Dispose();
            throw;
        }
    }

    // The file's journal mode can only change outside a transaction; reading the schema reads the
    // header, so a file that is no database fails here rather than at the first turn.
    private void Initialize()
    {
        _writer.Wait();
        try
        {
            OnWriter(session =>
            {
                session.Execute("PRAGMA journal_mode = WAL");
                return session.Execute("SELECT count(*) FROM sqlite_schema");
            });
        }
        finally
        {
            _writer.Release();
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _writerSession?.Dispose();
        _writerSession = null;
        while (_readers.TryDequeue(out var session))
        {
            session.Dispose();
        }
    }
}
