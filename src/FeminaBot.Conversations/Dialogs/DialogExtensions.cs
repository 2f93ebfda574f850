using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.Dialogs;

/// <summary>Runs a dialog as a bot's whole conversation.</summary>
public static class DialogExtensions
{
    /// <summary>
    /// Continues the active dialog with the turn's activity, or begins <paramref name="dialog"/> when
    /// none is active. The set must hold the dialog.
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, DialogSet dialogs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(dialogs);
        var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(dialog.Id, null, cancellationToken);
        }

        return result;
    }
}
