using Microsoft.Data.Sqlite;

namespace FeminaBot.Storage.Sqlite;

/// <summary>
/// The database file cannot be used at all (not a database, damaged, not readable or writable):
/// the message names the file and says what to do, for the operator at start.
/// </summary>
public sealed class SqliteDatabaseException : Exception
{
    public SqliteDatabaseException() { }

    public SqliteDatabaseException(string message) : base(message) { }

    public SqliteDatabaseException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>The exception for <paramref name="filePath"/> failing to open with <paramref name="cause"/>.</summary>
    public static SqliteDatabaseException For(string filePath, Exception cause)
    {
        ArgumentNullException.ThrowIfNull(cause);
        var reason = cause.Message.TrimEnd('.');
        var message = cause switch
        {
            SqliteException { SqliteErrorCode: 11 or 26 } =>
                $"{filePath} is not a SQLite database or is damaged ({reason}). Move it aside (with its -wal and -shm files, if any) to start with an empty one, or restore a backup.",
            SqliteException { SqliteErrorCode: 5 or 6 } =>
                $"{filePath} is locked by another program ({reason}). Stop the other program, or use another file.",
            SqliteException { SqliteErrorCode: 13 } =>
                $"The disk holding {filePath} is full ({reason}). Free some space.",
            _ =>
                $"{filePath} cannot be opened for reading and writing ({reason}). Give the program's user read and write access to the file and its folder, or use another file.",
        };
        return new SqliteDatabaseException(message, cause);
    }
}
