namespace FeminaBot.Conversations.Schema;

/// <summary>Why a conversation ended.</summary>
public static class EndOfConversationCodes
{
    /// <summary>No reason given.</summary>
    public const string Unknown = "unknown";
    /// <summary>The task was completed.</summary>
    public const string CompletedSuccessfully = "completedSuccessfully";
    /// <summary>The user cancelled.</summary>
    public const string UserCancelled = "userCancelled";
}
