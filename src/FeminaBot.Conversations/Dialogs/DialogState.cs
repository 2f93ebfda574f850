namespace FeminaBot.Conversations.Dialogs;

/// <summary>A dialog stack, kept in conversation state; the active dialog is the last.</summary>
public sealed class DialogState
{
    /// <summary>The stack, bottom first.</summary>
    public List<DialogInstance> DialogStack { get; init; } = [];
}
