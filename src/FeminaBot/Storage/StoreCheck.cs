using FeminaBot.Conversations.Storage;
using FeminaBot.DirectLine.Logs;
using FeminaBot.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace FeminaBot.Storage;

/// <summary>
/// Checks the <c>Storage</c> settings and opens the SQLite store and the Direct Line log in it before
/// the program listens, so a setting out of range or a database file it cannot use stops the start
/// with a message that says what to do, rather than a program that says "Ready" and then fails every
/// turn. (Redis may be down at start: the program starts and recovers when it returns.)
/// </summary>
internal static class StoreCheck
{
    /// <summary>Whether the store's settings hold and the store opened; if not, why is written to <paramref name="error"/>.</summary>
    public static bool Passes(IServiceProvider services, TextWriter error)
    {
        try
        {
            if (services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider == StorageProvider.Sqlite)
            {
                services.GetRequiredService<IStorage>();
                services.GetRequiredService<IDirectLineLog>();
            }

            return true;
        }
        catch (OptionsValidationException e)
        {
            error.WriteLine($"FeminaBot cannot start: {e.Message}");
            return false;
        }
        catch (SqliteDatabaseException e)
        {
            error.WriteLine($"FeminaBot cannot start: {e.Message} The setting Storage:SqlitePath names the file.");
            return false;
        }
    }
}
