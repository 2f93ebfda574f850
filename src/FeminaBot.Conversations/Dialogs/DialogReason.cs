namespace FeminaBot.Conversations.Dialogs;

/// <summary>Why a dialog is resumed or ended.</summary>
public enum DialogReason
{
    /// <summary>It was begun.</summary>
    BeginCalled,

    /// <summary>It was continued with the user's input.</summary>
    ContinueCalled,

    /// <summary>It ended by itself.</summary>
    EndCalled,

    /// <summary>It was replaced by another dialog.</summary>
    ReplaceCalled,

    /// <summary>It was cancelled.</summary>
    CancelCalled,

    /// <summary>A waterfall step skipped ahead.</summary>
    NextCalled,
}
