using Microsoft.Data.Sqlite;

namespace FeminaBot.Storage.Sqlite;

/// <summary>
/// One open connection to the state file with its statements prepared once. Preparing SQL costs
/// more than running these small statements, so readers and the writer keep their sessions.
/// A session is used by one caller at a time.
/// </summary>
internal sealed class SqliteSession : IDisposable
{
    private SqliteSession(SqliteConnection connection)
    {
        Connection = connection;
        Read = Prepare("SELECT json, etag FROM state WHERE key = $key AND updated_at >= $cutoff", "$key", "$cutoff");
        ReadETag = Prepare("SELECT etag FROM state WHERE key = $key AND updated_at >= $cutoff", "$key", "$cutoff");
        Upsert = Prepare(
            """
            INSERT INTO state (key, json, etag, updated_at) VALUES ($key, $json, $etag, $now)
            ON CONFLICT(key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at
            """,
            "$key", "$json", "$etag", "$now");
        Upsert.Parameters["$json"].SqliteType = SqliteType.Blob;
        Delete = Prepare("DELETE FROM state WHERE key = $key", "$key");
    }

    public SqliteConnection Connection { get; }

    /// <summary>An item's JSON and ETag by key, if written since the cutoff.</summary>
    public SqliteCommand Read { get; }

    /// <summary>An item's ETag by key, if written since the cutoff.</summary>
    public SqliteCommand ReadETag { get; }

    /// <summary>Writes an item whole.</summary>
    public SqliteCommand Upsert { get; }

    /// <summary>Deletes an item.</summary>
    public SqliteCommand Delete { get; }

    public static SqliteSession Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();

            // With write-ahead logging, NORMAL still never corrupts the file; a power cut may lose the
            // last turns, a crash of the program loses nothing. FULL would sync the disk on every turn.
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous = NORMAL";
            pragma.ExecuteNonQuery();
            return new SqliteSession(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Joins every prepared statement to <paramref name="transaction"/> (or none).</summary>
    public void Enlist(SqliteTransaction? transaction)
    {
        Read.Transaction = transaction;
        ReadETag.Transaction = transaction;
        Upsert.Transaction = transaction;
        Delete.Transaction = transaction;
    }

    public void Dispose()
    {
        Read.Dispose();
        ReadETag.Dispose();
        Upsert.Dispose();
        Delete.Dispose();
        Connection.Dispose();
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }
}
