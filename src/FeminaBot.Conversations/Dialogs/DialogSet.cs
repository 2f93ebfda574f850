using FeminaBot.Conversations.State;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.Dialogs;

/// <summary>The dialogs that can be begun by id, and the state property that holds their stack.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;

    /// <summary>A set whose stack lives in <paramref name="dialogState"/> (the top-level set).</summary>
    public DialogSet(IStatePropertyAccessor<DialogState> dialogState)
    {
        _dialogState = dialogState ?? throw new ArgumentNullException(nameof(dialogState));
    }

    /// <summary>A set whose stack lives inside a component dialog's instance.</summary>
    public DialogSet()
    {
    }

    /// <summary>Adds a dialog; its id must be unique in the set.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"A dialog with the id '{dialog.Id}' is already in the set.");
        }

        return this;
    }

    /// <summary>The dialog with the id, or null.</summary>
    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    /// <summary>A dialog context for the turn, over the stack kept in conversation state.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (_dialogState is null)
        {
            throw new InvalidOperationException("This dialog set belongs to a component dialog and has no state property of its own.");
        }

        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        return new DialogContext(this, turnContext, state);
    }
}
