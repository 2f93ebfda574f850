namespace FeminaBot.Conversations.Schema;

/// <summary>The roles an account plays in a conversation.</summary>
public static class RoleTypes
{
    /// <summary>A person.</summary>
    public const string User = "user";
    /// <summary>The bot.</summary>
    public const string Bot = "bot";
}
