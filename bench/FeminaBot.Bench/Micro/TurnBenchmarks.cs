using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using FeminaBot.Bench.Load;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.State;
using FeminaBot.Conversations.Storage;
using FeminaBot.Conversations.Testing;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage;
using FeminaBot.Triage.Content;

namespace FeminaBot.Bench.Micro;

/// <summary>
/// The hot path of a turn, without HTTP: the activity's JSON in, the turn through the same middleware
/// and bot as the program over a store that keeps state as JSON, the replies' JSON out.
/// </summary>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private static readonly int ScriptTurns = ConversationScript.Turns.Length;
    private TestAdapter _adapter = null!;
    private TriageBot _bot = null!;
    private byte[] _message = null!;
    private ExpectedReplies _replies = null!;
    private int _conversation;

    /// <summary>Where the program's dialogs are.</summary>
    public static string DialogsDirectory { get; set; } = TriageContent.FindDirectory();

    [GlobalSetup]
    public void Setup()
    {
        var storage = new MemoryStorage();
        var conversationState = new ConversationState(storage);
        var userState = new UserState(storage);
        _bot = new TriageBot(TriageContent.Load(DialogsDirectory), conversationState, userState);
        _adapter = new TestAdapter(Channels.Emulator);
        _adapter.Use(new AutoSaveStateMiddleware(conversationState, userState));
        _adapter.Use(new RedeliveryMiddleware(conversationState));
        _adapter.Use(new MarkdownLineBreaksMiddleware());
        _message = Encoding.UTF8.GetBytes(ConversationScript.Activity("micro", 1));
        _replies = new ExpectedReplies(
        [
            new Activity { Type = ActivityTypes.Message, Text = "Which breast is affected?", SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("Left"), CardAction.ImBack("Right"), CardAction.ImBack("Both")] } },
        ]);

        // The recognizers' models load on first use; the program warms them at start the same way.
        Conversation().GetAwaiter().GetResult();
    }

    /// <summary>Reading a message activity from its JSON.</summary>
    [Benchmark]
    public Activity? ActivityJsonIn() => ActivityJson.Deserialize(_message);

    /// <summary>Writing a turn's replies as the expectReplies answer.</summary>
    [Benchmark]
    public byte[] RepliesJsonOut() => JsonSerializer.SerializeToUtf8Bytes(_replies, ActivityJson.ExpectedReplies);

    /// <summary>One turn of the benchmark's conversation, averaged over the whole script (a new conversation each time).</summary>
    [Benchmark(OperationsPerInvoke = 10)]
    public async Task<int> Turn() => await Conversation();

    private async Task<int> Conversation()
    {
        var id = $"micro-{Interlocked.Increment(ref _conversation)}";
        var bytes = 0;
        for (var turn = 0; turn < ScriptTurns; turn++)
        {
            var activity = ActivityJson.Deserialize(Encoding.UTF8.GetBytes(ConversationScript.Activity(id, turn)))!;
            var result = await _adapter.ProcessActivityAsync(activity, _bot.OnTurnAsync);
            bytes += JsonSerializer.SerializeToUtf8Bytes(result.ExpectedReplies!, ActivityJson.ExpectedReplies).Length;
        }

        return bytes;
    }
}
