using FeminaBot.Conversations.State;
using FeminaBot.Conversations.Storage;
using FeminaBot.Triage;
using FeminaBot.Triage.Content;

namespace FeminaBot.ConsoleChannel;

/// <summary>Runs FeminaBot in the terminal: the quickest way to try it.</summary>
internal static class ConsoleChat
{
    /// <summary>Chats until the input ends; returns the exit code (2 when the content in dialogs/ is broken).</summary>
    public static async Task<int> RunAsync(TextReader input, TextWriter output, TextWriter error, string? dialogsDirectory, CancellationToken cancellationToken)
    {
        TriageContent content;
        try
        {
            content = TriageContent.Load(dialogsDirectory ?? TriageContent.FindDirectory());
        }
        catch (ContentException e)
        {
            await error.WriteLineAsync($"FeminaBot cannot start: {e.Message}");
            return 2;
        }

        var storage = new MemoryStorage();
        var conversationState = new ConversationState(storage);
        var userState = new UserState(storage);
        var bot = new TriageBot(content, conversationState, userState);
        var adapter = new ConsoleAdapter(input, output, TimeProvider.System);
        adapter.Use(new AutoSaveStateMiddleware(conversationState, userState));
        adapter.OnTurnError = (context, _) => context.SendActivityAsync(bot.ErrorMessage);

        await output.WriteLineAsync("FeminaBot in the terminal. Type a message and press Enter; type \"exit\" to leave.");
        await output.WriteLineAsync();
        await adapter.RunAsync(bot.OnTurnAsync, cancellationToken);
        return 0;
    }
}
