using System.Diagnostics;
using FeminaBot.Conversations.Schema;
using FeminaBot.Triage;
using FeminaBot.Triage.Content;
using Microsoft.Extensions.Options;

namespace FeminaBot.Bot;

/// <summary>
/// Rehearses a short conversation in memory as the program starts, so the first parent to write
/// does not wait half a second while the recognizers load their models and the code compiles.
/// Nothing of it is stored or sent.
/// </summary>
internal sealed partial class WarmupService(TriageContent content, TimeProvider clock, IOptions<WarmupOptions> options, ILogger<WarmupService> logger) : BackgroundService
{
    private static readonly string[] Rehearsal =
    [
        "I have had a fever of 101.2 since Saturday and my left breast has a lump",
        "are you open tomorrow at 5?",
        "no",
        "the second one",
    ];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await Task.Yield();
        var watch = Stopwatch.StartNew();
        var chat = new InMemoryChat(content, clock, Channels.Webchat);
        foreach (var text in Rehearsal)
        {
            stoppingToken.ThrowIfCancellationRequested();
            await chat.SayAsync(text, DeliveryModes.ExpectReplies, stoppingToken);
        }

        LogWarm(watch.ElapsedMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ready: the recognizers were warmed in {Milliseconds} ms")]
    private partial void LogWarm(long milliseconds);
}
