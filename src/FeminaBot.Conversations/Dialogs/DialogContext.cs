using FeminaBot.Conversations.Dialogs.Prompts;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.Dialogs;

/// <summary>
/// A dialog stack within one turn: begin, continue, replace, end and cancel dialogs. A component
/// dialog's inner context has the outer one as its <see cref="Parent"/>.
/// </summary>
public class DialogContext
{
    /// <summary>Creates a context over a stack.</summary>
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent = null)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        Stack = (state ?? throw new ArgumentNullException(nameof(state))).DialogStack;
        Parent = parent;
    }

    /// <summary>The dialogs that can be begun here.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>The stack, bottom first.</summary>
    public List<DialogInstance> Stack { get; }

    /// <summary>The context of the component dialog this one runs inside, if any.</summary>
    public DialogContext? Parent { get; }

    /// <summary>The dialog on top of the stack, or null.</summary>
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[^1] : null;

    /// <summary>Finds a dialog here or in an enclosing set.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Pushes a dialog and begins it.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId) ?? throw new InvalidOperationException($"No dialog with the id '{dialogId}' can be begun here.");
        Stack.Add(new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Begins a prompt with its options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Passes the user's message to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } instance)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = DialogFor(instance);
        return await dialog.ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes the one below with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken);
        if (ActiveDialog is { } parent)
        {
            return await DialogFor(parent).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends the active dialog and begins another in its place, without resuming the one below.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>
    /// Ends every dialog on this stack, top first; with <paramref name="cancelParents"/>, the stacks
    /// of enclosing component dialogs too.
    /// </summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents = false, CancellationToken cancellationToken = default)
    {
        var hadDialogs = Stack.Count > 0;
        while (Stack.Count > 0)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken);
        }

        if (cancelParents && Parent is not null)
        {
            await Parent.CancelAllDialogsAsync(true, cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Cancelled);
        }

        return new DialogTurnResult(hadDialogs ? DialogTurnStatus.Cancelled : DialogTurnStatus.Empty);
    }

    /// <summary>Asks the active dialog to ask its question again.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } instance)
        {
            await DialogFor(instance).RepromptDialogAsync(Context, instance, cancellationToken);
        }
    }

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } instance)
        {
            return;
        }

        await DialogFor(instance).EndDialogAsync(Context, instance, reason, cancellationToken);
        Stack.Remove(instance);
    }

    private Dialog DialogFor(DialogInstance instance) =>
        FindDialog(instance.Id) ?? throw new InvalidOperationException($"The stack names a dialog '{instance.Id}' that this bot no longer has.");
}
