using System.Text.Json.Nodes;

namespace FeminaBot.Conversations.Dialogs;

/// <summary>One dialog on the stack: which dialog it is and the state it keeps between turns.</summary>
public sealed class DialogInstance
{
    /// <summary>The id of the dialog in its set.</summary>
    public required string Id { get; init; }

    /// <summary>The dialog's own state (step index, values, options), kept as JSON so it round-trips through any store.</summary>
    public JsonObject State { get; init; } = [];

    /// <summary>A component dialog's own stack of child dialogs.</summary>
    public DialogState? Inner { get; set; }
}
