using Microsoft.Data.Sqlite;

namespace FeminaBot.Storage.Sqlite;

/// <summary>
/// One open connection to the database file, keeping every statement it has run prepared: preparing
/// SQL costs more than running these small statements, so readers and the writer keep their sessions.
/// A session is used by one caller at a time.
/// </summary>
public sealed class SqliteSession : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;

    private SqliteSession(SqliteConnection connection) => Connection = connection;

    public SqliteConnection Connection { get; }

    /// <summary>
    /// The statement <paramref name="sql"/> with the named <paramref name="parameters"/>, prepared on
    /// its first use and kept; it runs in the session's transaction when there is one.
    /// </summary>
    public SqliteCommand Command(string sql, params ReadOnlySpan<string> parameters)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                command.Parameters.Add(new SqliteParameter(name, null));
            }

            command.Transaction = _transaction;
            command.Prepare();
            _prepared[sql] = command;
        }

        command.Transaction = _transaction;
        return command;
    }

    /// <summary>Runs <paramref name="sql"/> once (schema, pragmas), in the session's transaction when there is one.</summary>
    public int Execute(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        return command.ExecuteNonQuery();
    }

    internal static SqliteSession Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();

            // With write-ahead logging, NORMAL still never corrupts the file; a power cut may lose the
            // last turns, a crash of the program loses nothing. FULL would sync the disk on every turn.
            // secure_delete: what is deleted is overwritten with zeros, not left in free pages.
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;";
            pragma.ExecuteNonQuery();
            return new SqliteSession(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    // BEGIN IMMEDIATE: the write lock is taken before anything is read, so a check and the write
    // that depends on it are one step for every process sharing the file. A throw rolls it back.
    internal T InTransaction<T>(Func<SqliteSession, T> work)
    {
        using var transaction = Connection.BeginTransaction();
        _transaction = transaction;
        try
        {
            var result = work(this);
            transaction.Commit();
            return result;
        }
        finally
        {
            _transaction = null;
        }
    }

    public void Dispose()
    {
        foreach (var command in _prepared.Values)
        {
            command.Dispose();
        }

        Connection.Dispose();
    }
}
