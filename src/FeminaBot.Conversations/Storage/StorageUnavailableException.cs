namespace FeminaBot.Conversations.Storage;

/// <summary>
/// The store could not be reached or was busy (Redis down, the SQLite file locked). Nothing was
/// written; the channel may try the turn again later.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StorageUnavailableException() : base("The state store is unavailable.") { }

    /// <summary>Creates the exception with a message.</summary>
    public StorageUnavailableException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public StorageUnavailableException(string message, Exception innerException) : base(message, innerException) { }
}
