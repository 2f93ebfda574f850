using FeminaBot.Conversations.Storage;
using FeminaBot.DirectLine.Logs;
using FeminaBot.Storage.Sqlite;

namespace FeminaBot.Bot;

/// <summary>
/// Opens the store and the Direct Line log before the program listens, so a database file it cannot
/// use stops the start with a message that names the file and says what to do, rather than a program
/// that says "Ready" and then fails every turn.
/// </summary>
internal static class StoreCheck
{
    /// <summary>Whether the store opened; if not, why is written to <paramref name="error"/>.</summary>
    public static bool Passes(IServiceProvider services, TextWriter error)
    {
        try
        {
            services.GetRequiredService<IStorage>();
            services.GetRequiredService<IDirectLineLog>();
            return true;
        }
        catch (SqliteDatabaseException e)
        {
            error.WriteLine($"FeminaBot cannot start: {e.Message} (The file is Storage:SqlitePath.)");
            return false;
        }
    }
}
