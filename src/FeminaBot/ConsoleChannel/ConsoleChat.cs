using FeminaBot.Conversations.Storage;
using FeminaBot.Triage;
using FeminaBot.Triage.Content;

namespace FeminaBot.ConsoleChannel;

/// <summary>Runs FeminaBot in the terminal, over memory storage: the quickest way to try it.</summary>
internal static class ConsoleChat
{
    /// <summary>Chats until the input ends; returns the exit code (2 when the content in dialogs/ is broken).</summary>
    public static async Task<int> RunAsync(TextReader input, TextWriter output, TextWriter error, string? dialogsDirectory, CancellationToken cancellationToken)
    {
        TriageLanguages content;
        try
        {
            content = TriageLanguages.Load(dialogsDirectory ?? TriageContent.FindDirectory());
        }
        catch (ContentException e)
        {
            await error.WriteLineAsync($"FeminaBot cannot start: {e.Message}");
            return 2;
        }

        var adapter = Open(content, input, output, TimeProvider.System);
        await output.WriteLineAsync("FeminaBot in the terminal. Type a message and press Enter; type \"exit\" to leave.");
        await output.WriteLineAsync();
        await adapter.RunAsync(cancellationToken);
        return 0;
    }

    /// <summary>The terminal's conversation, on the program's pipeline over a store of its own.</summary>
    public static ConsoleAdapter Open(TriageContent content, TextReader input, TextWriter output, TimeProvider clock) =>
        Open(TriageLanguages.Only(content), input, output, clock);

    /// <summary>The terminal's conversation in every language of <paramref name="content"/>.</summary>
    public static ConsoleAdapter Open(TriageLanguages content, TextReader input, TextWriter output, TimeProvider clock) =>
        new(new TriagePipeline(content, new MemoryStorage(), clock), input, output, clock);
}
