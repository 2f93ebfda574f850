namespace FeminaBot.Conversations.Storage;

/// <summary>
/// A write expected an ETag the store no longer holds: someone else saved first. The adapter runs
/// the turn again on the fresh state.
/// </summary>
public sealed class StoreConcurrencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreConcurrencyException() : base("The stored item changed since it was read.") { }

    /// <summary>Creates the exception with a message.</summary>
    public StoreConcurrencyException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public StoreConcurrencyException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for the key that lost the race.</summary>
    public static StoreConcurrencyException ForKey(string key) => new($"The stored item '{key}' changed since it was read.") { Key = key };

    /// <summary>The key whose ETag did not match.</summary>
    public string? Key { get; private init; }
}
