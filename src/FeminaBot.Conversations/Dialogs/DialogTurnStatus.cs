namespace FeminaBot.Conversations.Dialogs;

/// <summary>Where a dialog stack stands after a call.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack is empty.</summary>
    Empty,

    /// <summary>The active dialog waits for the user.</summary>
    Waiting,

    /// <summary>The last dialog ended, with a result.</summary>
    Complete,

    /// <summary>The dialogs were cancelled.</summary>
    Cancelled,
}
