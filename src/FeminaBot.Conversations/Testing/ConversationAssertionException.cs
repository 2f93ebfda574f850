namespace FeminaBot.Conversations.Testing;

/// <summary>A conversation test saw the bot say something other than expected; the message holds the transcript.</summary>
public sealed class ConversationAssertionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConversationAssertionException() { }

    /// <summary>Creates the exception with a message.</summary>
    public ConversationAssertionException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ConversationAssertionException(string message, Exception innerException) : base(message, innerException) { }
}
