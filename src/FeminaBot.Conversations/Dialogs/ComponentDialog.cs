using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.Dialogs;

/// <summary>
/// A dialog made of other dialogs, with a stack of its own kept inside its instance. It begins its
/// <see cref="InitialDialogId"/> and ends with that dialog's result.
/// </summary>
public class ComponentDialog : Dialog
{
    /// <summary>Creates a component dialog.</summary>
    public ComponentDialog(string dialogId) : base(dialogId) { }

    /// <summary>The dialog begun when the component begins; the first one added unless set.</summary>
    public string? InitialDialogId { get; set; }

    /// <summary>The component's own dialogs.</summary>
    protected DialogSet Dialogs { get; } = new();

    /// <summary>Adds a child dialog.</summary>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    /// <summary>Finds a child dialog.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var innerDc = CreateInnerContext(dc, dc.ActiveDialog!);
        var result = await OnBeginDialogAsync(innerDc, options, cancellationToken);
        return await EndUnlessWaitingAsync(dc, result, cancellationToken);
    }

    /// <inheritdoc/>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var innerDc = CreateInnerContext(dc, dc.ActiveDialog!);
        var result = await OnContinueDialogAsync(innerDc, cancellationToken);
        return await EndUnlessWaitingAsync(dc, result, cancellationToken);
    }

    /// <summary>
    /// A dialog pushed onto the outer stack above the component ended: the component is active
    /// again, so it asks its own question again.
    /// </summary>
    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default) =>
        RepromptAndWaitAsync(dc, cancellationToken);

    /// <inheritdoc/>
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var innerDc = new DialogContext(Dialogs, turnContext, instance.Inner ??= new DialogState());
        return innerDc.RepromptDialogAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled && instance.Inner is { DialogStack.Count: > 0 } inner)
        {
            await new DialogContext(Dialogs, turnContext, inner).CancelAllDialogsAsync(false, cancellationToken);
        }

        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken);
    }

    /// <summary>Begins the initial dialog; override to do more first.</summary>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initial = InitialDialogId ?? throw new InvalidOperationException($"The component dialog '{Id}' has no dialogs.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    /// <summary>Continues the inner stack; override to handle interruptions first.</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>The component is leaving the stack.</summary>
    protected virtual Task OnEndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    private DialogContext CreateInnerContext(DialogContext outer, DialogInstance instance) =>
        new(Dialogs, outer.Context, instance.Inner ??= new DialogState(), outer);

    private static async Task<DialogTurnResult> EndUnlessWaitingAsync(DialogContext outer, DialogTurnResult inner, CancellationToken cancellationToken)
    {
        if (inner.Status == DialogTurnStatus.Waiting)
        {
            return EndOfTurn;
        }

        // Cancelled together with its parents: the outer stack is already gone.
        if (inner.Status == DialogTurnStatus.Cancelled && outer.ActiveDialog is null)
        {
            return inner;
        }

        return await outer.EndDialogAsync(inner.Result, cancellationToken);
    }
}
