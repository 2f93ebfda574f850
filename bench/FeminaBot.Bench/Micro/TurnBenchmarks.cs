using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using FeminaBot.Bench.Load;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Storage;
using FeminaBot.Conversations.Testing;
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
    private static readonly int ScriptTurns = ConversationScript.ShortAnswers.Turns.Length;
    private (TestAdapter Adapter, TriageBot Bot) _memory;
    private (TestAdapter Adapter, TriageBot Bot) _sqlite;
    private string _sqliteDirectory = null!;
    private byte[] _message = null!;
    private ExpectedReplies _replies = null!;
    private int _conversation;

    /// <summary>Where the program's dialogs are.</summary>
    public static string DialogsDirectory { get; set; } = TriageContent.FindDirectory();

    [GlobalSetup]
    public void Setup()
    {
        // Every language, as the program loads them: each turn chooses its language first.
        var content = TriageLanguages.Load(DialogsDirectory);
        _sqliteDirectory = Directory.CreateTempSubdirectory("feminabot-micro-").FullName;
        _memory = Pipeline(content, new MemoryStorage());
        _sqlite = Pipeline(content, new FeminaBot.Storage.Sqlite.SqliteStorage(Path.Combine(_sqliteDirectory, "feminabot.db")));
        _message = Encoding.UTF8.GetBytes(ConversationScript.ShortAnswers.Activity("micro", 1));
        _replies = new ExpectedReplies(
        [
            new Activity { Type = ActivityTypes.Message, Text = "Which breast is affected?", SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("Left"), CardAction.ImBack("Right"), CardAction.ImBack("Both")] } },
        ]);

        // The recognizers' models load on first use; the program warms them at start the same way.
        Conversation(_memory).GetAwaiter().GetResult();
        Conversation(_sqlite).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_sqliteDirectory, recursive: true);
    }

    /// <summary>Reading a message activity from its JSON.</summary>
    [Benchmark]
    public Activity? ActivityJsonIn() => ActivityJson.Deserialize(_message);

    /// <summary>Writing a turn's replies as the expectReplies answer.</summary>
    [Benchmark]
    public byte[] RepliesJsonOut() => JsonSerializer.SerializeToUtf8Bytes(_replies, ActivityJson.ExpectedReplies);

    /// <summary>One turn of the benchmark's conversation, averaged over the whole script (a new conversation each time).</summary>
    [Benchmark(OperationsPerInvoke = 10)]
    public async Task<int> Turn() => await Conversation(_memory);

    /// <summary>The same with state in a SQLite file, as the program keeps it by default.</summary>
    [Benchmark(OperationsPerInvoke = 10)]
    public async Task<int> TurnOnSqlite() => await Conversation(_sqlite);

    // The program's own pipeline around the triage bot.
    private static (TestAdapter, TriageBot) Pipeline(TriageLanguages content, IStorage storage)
    {
        var pipeline = new TriagePipeline(content, storage, TimeProvider.System);
        return (pipeline.Configure(new TestAdapter(Channels.Emulator)), pipeline.Bot);
    }

    private async Task<int> Conversation((TestAdapter Adapter, TriageBot Bot) pipeline)
    {
        var id = $"micro-{Interlocked.Increment(ref _conversation)}";
        var bytes = 0;
        for (var turn = 0; turn < ScriptTurns; turn++)
        {
            var activity = ActivityJson.Deserialize(Encoding.UTF8.GetBytes(ConversationScript.ShortAnswers.Activity(id, turn)))!;
            var result = await pipeline.Adapter.ProcessActivityAsync(activity, pipeline.Bot.OnTurnAsync);
            bytes += JsonSerializer.SerializeToUtf8Bytes(result.ExpectedReplies!, ActivityJson.ExpectedReplies).Length;
        }

        return bytes;
    }
}
