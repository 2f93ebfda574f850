using FeminaBot.Conversations.Storage;
using Microsoft.Data.Sqlite;

namespace FeminaBot.Storage.Sqlite;

/// <summary>Which failures of a SQLite call mean the file is out of reach for now, and what to call them.</summary>
public static class SqliteFailures
{
    // https://www.sqlite.org/rescode.html (primary result codes).
    private const int Busy = 5, Locked = 6, ReadOnly = 8, IOError = 10, Corrupt = 11, Full = 13, CantOpen = 14, NotADatabase = 26;

    /// <summary>
    /// Whether <paramref name="exception"/> says the file is busy, locked, unreadable, full or damaged:
    /// the request was not wrong, the channel may try again, and /healthz says what is the matter.
    /// </summary>
    public static bool IsUnavailable(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: Busy or Locked or ReadOnly or IOError or Corrupt or Full or CantOpen or NotADatabase };

    /// <summary>What is the matter with the file, in words fit for /healthz (no path, nothing stored).</summary>
    public static string Describe(Exception exception) => exception is SqliteException sqlite
        ? sqlite.SqliteErrorCode switch
        {
            Busy or Locked => "The SQLite file is busy or locked by another writer.",
            ReadOnly => "The SQLite file is read-only.",
            Full => "The disk holding the SQLite file is full.",
            Corrupt or NotADatabase => "The SQLite file is damaged or is not a database.",
            _ => "The SQLite file could not be read or written.",
        }
        : "The SQLite file could not be read or written.";

    /// <summary>Runs a SQLite call, reporting the file out of reach as <see cref="StorageUnavailableException"/>.</summary>
    public static T Guard<T>(Func<T> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return call();
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw new StorageUnavailableException(Describe(e), e);
        }
    }

    /// <summary>The same for an asynchronous call.</summary>
    public static async Task<T> GuardAsync<T>(Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call();
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw new StorageUnavailableException(Describe(e), e);
        }
    }
}
