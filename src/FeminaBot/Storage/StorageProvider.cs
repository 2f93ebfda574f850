namespace FeminaBot.Storage;

public enum StorageProvider
{
    /// <summary>An embedded file that survives restarts (the default).</summary>
    Sqlite,

    /// <summary>Process memory, lost on restart; for development and tests.</summary>
    Memory,

    /// <summary>A server shared by every instance.</summary>
    Redis,
}
