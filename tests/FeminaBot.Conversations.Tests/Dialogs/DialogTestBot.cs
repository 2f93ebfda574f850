using FeminaBot.Conversations.Dialogs;
using FeminaBot.Conversations.State;
using FeminaBot.Conversations.Storage;
using FeminaBot.Conversations.Testing;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.Tests.Dialogs;

/// <summary>Runs a root dialog as a whole bot over a serializing store, as a real host would.</summary>
internal sealed class DialogTestBot : IBot
{
    private readonly DialogSet _dialogs;
    private readonly Dialog _root;

    public DialogTestBot(Dialog root, IStorage? storage = null, Func<DialogContext, CancellationToken, Task<bool>>? interrupt = null)
    {
        Storage = storage ?? new MemoryStorage();
        ConversationState = new ConversationState(Storage);
        _dialogs = new DialogSet(ConversationState.CreateProperty<DialogState>("dialogState"));
        _dialogs.Add(root);
        _root = root;
        Interrupt = interrupt;
    }

    public IStorage Storage { get; }

    public ConversationState ConversationState { get; }

    public Func<DialogContext, CancellationToken, Task<bool>>? Interrupt { get; }

    /// <summary>A conversation with this bot on a channel, state saved after every turn.</summary>
    public ConversationTest Talk(string channel = "test")
    {
        var adapter = new TestAdapter(channel);
        adapter.Use(new AutoSaveStateMiddleware(ConversationState));
        return new ConversationTest(adapter, this);
    }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken);
        if (Interrupt is not null && await Interrupt(dc, cancellationToken))
        {
            return;
        }

        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            await dc.BeginDialogAsync(_root.Id, null, cancellationToken);
        }
    }
}
