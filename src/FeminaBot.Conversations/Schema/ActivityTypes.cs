namespace FeminaBot.Conversations.Schema;

/// <summary>The activity types of the Bot Framework Activity spec, compared ordinally.</summary>
public static class ActivityTypes
{
    /// <summary>A message to or from a user.</summary>
    public const string Message = "message";
    /// <summary>Members joined or left, or the conversation changed.</summary>
    public const string ConversationUpdate = "conversationUpdate";
    /// <summary>A contact added or removed the bot.</summary>
    public const string ContactRelationUpdate = "contactRelationUpdate";
    /// <summary>The sender is typing.</summary>
    public const string Typing = "typing";
    /// <summary>The conversation ended.</summary>
    public const string EndOfConversation = "endOfConversation";
    /// <summary>A programmatic event, with a name.</summary>
    public const string Event = "event";
    /// <summary>A programmatic request that waits for a synchronous answer.</summary>
    public const string Invoke = "invoke";
    /// <summary>The user asked that their data be deleted.</summary>
    public const string DeleteUserData = "deleteUserData";
    /// <summary>A message was edited.</summary>
    public const string MessageUpdate = "messageUpdate";
    /// <summary>A message was deleted.</summary>
    public const string MessageDelete = "messageDelete";
    /// <summary>The bot was installed or removed.</summary>
    public const string InstallationUpdate = "installationUpdate";
    /// <summary>A reaction was added or removed.</summary>
    public const string MessageReaction = "messageReaction";
    /// <summary>A suggestion to a single recipient.</summary>
    public const string Suggestion = "suggestion";
    /// <summary>Diagnostic information, delivered only to the Emulator.</summary>
    public const string Trace = "trace";
    /// <summary>A hand-off to another party.</summary>
    public const string Handoff = "handoff";
    /// <summary>A command.</summary>
    public const string Command = "command";
    /// <summary>The result of a command.</summary>
    public const string CommandResult = "commandResult";

    /// <summary>Internal: the answer to an invoke, captured by the adapter and never sent.</summary>
    public const string InvokeResponse = "invokeResponse";
    /// <summary>Internal: a pause between replies, in milliseconds, never sent.</summary>
    public const string Delay = "delay";
}
