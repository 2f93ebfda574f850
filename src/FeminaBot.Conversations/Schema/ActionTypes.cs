namespace FeminaBot.Conversations.Schema;

/// <summary>The card action types.</summary>
public static class ActionTypes
{
    /// <summary>Posts the action's value as the user's message, visibly.</summary>
    public const string ImBack = "imBack";
    /// <summary>Posts the value to the bot without showing it in the feed.</summary>
    public const string PostBack = "postBack";
    /// <summary>Posts text, display text and value separately.</summary>
    public const string MessageBack = "messageBack";
    /// <summary>Opens a URL.</summary>
    public const string OpenUrl = "openUrl";
    /// <summary>Places a call.</summary>
    public const string Call = "call";
}
