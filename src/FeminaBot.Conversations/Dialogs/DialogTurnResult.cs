namespace FeminaBot.Conversations.Dialogs;

/// <summary>The outcome of a dialog call: its status and, when a dialog completed, its result.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
