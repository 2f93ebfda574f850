using System.Net;
using FeminaBot.Storage.Tests.Redis;

namespace FeminaBot.Tests.Hosting;

/// <summary>
/// Two real instances of the program, each its own process, sharing one real Redis, as behind a
/// load balancer: messages of one conversation racing on both, and an instance killed under load.
/// </summary>
public sealed class ScaleOutTests(RedisServer redis) : IClassFixture<RedisServer>, IDisposable
{
    private const string FeverQuestion = "Have you had a fever since this started? If you took your temperature, tell me the reading.";
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-scale-").FullName;
    private readonly string _prefix = $"scale-{Guid.NewGuid():N}:";

    // A conversation through the safety check, the triage questions and TBML steps: nearly every
    // answer moves it on, so a turn lost or applied twice changes every answer after it.
    private static readonly string[] Script =
    [
        "my breast is engorged and rock hard", "no", "no", "no", "no", "no", "left", "next", "next",
    ];

    [SkippableFact]
    public async Task Two_messages_of_one_conversation_arriving_together_on_two_instances_are_each_applied_once()
    {
        redis.Require();
        await using var first = await StartAsync("first");
        await using var second = await StartAsync("second");
        using var toFirst = new HttpClient { BaseAddress = first.Address };
        using var toSecond = new HttpClient { BaseAddress = second.Address };

        var conversations = Enumerable.Range(0, 12).Select(i => $"race-{i}").ToList();
        await Task.WhenAll(conversations.Select(async conversation =>
        {
            await EmulatorTurn.SayAsync(toFirst, conversation, "u1", "m1", "I have a plugged duct");
            Assert.Contains("Is any part of the breast red, pink, or hot to the touch?", await EmulatorTurn.SayAsync(toSecond, conversation, "u1", "m2", "no"));

            // Together: one answers the redness question, the other asks for a phone number.
            var answer = EmulatorTurn.SayAsync(toFirst, conversation, "u1", "m3", "no");
            var question = EmulatorTurn.SayAsync(toSecond, conversation, "u1", "m4", "what is the phone number for Pasadena?");
            await Task.WhenAll(answer, question);

            Assert.Equal([FeverQuestion], await answer);
            Assert.Single(await question, text => text.Contains("Pasadena", StringComparison.Ordinal));
            Assert.Equal(1, (await question).Count(text => text.Contains("873-1403", StringComparison.Ordinal)));

            // Had the redness answer been lost or counted twice, this would not be the next question.
            var next = await EmulatorTurn.SayAsync(toFirst, conversation, "u1", "m5", "no");
            Assert.DoesNotContain(FeverQuestion, next);
            Assert.NotEmpty(next);
        }));
    }

    [SkippableFact]
    public async Task Killing_an_instance_under_load_and_starting_it_again_loses_no_accepted_turn()
    {
        redis.Require();
        await using var steady = await StartAsync("steady");
        var killed = await StartAsync("killed");
        using var reference = new HttpClient { BaseAddress = steady.Address };
        var expected = new List<List<string>>();
        for (var turn = 0; turn < Script.Length; turn++)
        {
            expected.Add(await EmulatorTurn.SayAsync(reference, "reference", "u-ref", $"t{turn}", Script[turn]));
        }

        var instances = new LiveInstances([steady.Address, killed.Address]);
        var conversations = Enumerable.Range(0, 32).Select(i => $"load-{i}").ToList();
        var load = Task.WhenAll(conversations.Select(conversation => PlayAsync(conversation, instances, expected)));

        // Mid-load, with turns in flight on it: the instance dies without finishing anything, the
        // balancer stops sending to it, and it comes back on a new port.
        await instances.WaitForTurnsAsync(60);
        await killed.KillAsync();
        var turnsAtKill = instances.Turns;
        instances.Remove(killed.Address);
        await using var restarted = await StartAsync("killed");
        instances.Add(restarted.Address);
        await load;

        Assert.InRange(turnsAtKill, 60, (conversations.Count * Script.Length) - 1);
        using var check = new HttpClient { BaseAddress = restarted.Address };
        var afterReference = await EmulatorTurn.SayAsync(reference, "reference", "u-ref", "check", "next");
        foreach (var conversation in conversations)
        {
            Assert.Equal(afterReference, await EmulatorTurn.SayAsync(check, conversation, "u1", "check", "next"));
        }

        await killed.DisposeAsync();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    // Plays the script; a turn that fails (its instance died) goes again, same id, to a live instance,
    // as a channel retries. A turn answered 200 must read as in the reference, or be empty when an
    // earlier attempt of it was applied before its answer was lost.
    private static async Task PlayAsync(string conversation, LiveInstances instances, List<List<string>> expected)
    {
        for (var turn = 0; turn < Script.Length; turn++)
        {
            for (var attempt = 1; ; attempt++)
            {
                using var http = new HttpClient { BaseAddress = instances.Pick(), Timeout = TimeSpan.FromSeconds(10) };
                try
                {
                    using var response = await EmulatorTurn.PostAsync(http, conversation, "u1", $"t{turn}", Script[turn]);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        var replies = await EmulatorTurn.RepliesAsync(response);
                        Assert.True(
                            replies.SequenceEqual(expected[turn]) || (attempt > 1 && replies.Count == 0),
                            $"{conversation}, turn {turn}, attempt {attempt}: [{string.Join(" | ", replies)}]");
                        instances.CountTurn();
                        break;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                }

                instances.CountFailure();
                Assert.True(attempt < 50, $"{conversation}, turn {turn} never got through.");
                await Task.Delay(100);
            }
        }
    }

    private Task<RunningProgram> StartAsync(string name) =>
        RunningProgram.StartAsync(Path.Combine(_directory, name, "feminabot.db"), new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Redis",
            ["Storage:Redis"] = redis.Endpoint,
            ["Storage:RedisKeyPrefix"] = _prefix,
        });

    /// <summary>The instances a load balancer would send to now, and how the load is going.</summary>
    private sealed class LiveInstances(IEnumerable<Uri> addresses)
    {
        private readonly List<Uri> _addresses = [.. addresses];
        private readonly Lock _lock = new();
        private readonly TaskCompletionSource _enough = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _turns;
        private int _failures;
        private int _next;
        private int _waitFor = int.MaxValue;

        public int Turns => Volatile.Read(ref _turns);

        public int Failures => Volatile.Read(ref _failures);

        public Uri Pick()
        {
            lock (_lock)
            {
                return _addresses[_next++ % _addresses.Count];
            }
        }

        public void Add(Uri address)
        {
            lock (_lock)
            {
                _addresses.Add(address);
            }
        }

        public void Remove(Uri address)
        {
            lock (_lock)
            {
                _addresses.Remove(address);
            }
        }

        public void CountTurn()
        {
            if (Interlocked.Increment(ref _turns) >= Volatile.Read(ref _waitFor))
            {
                _enough.TrySetResult();
            }
        }

        public void CountFailure() => Interlocked.Increment(ref _failures);

        public Task WaitForTurnsAsync(int turns)
        {
            Volatile.Write(ref _waitFor, turns);
            if (Turns >= turns)
            {
                _enough.TrySetResult();
            }

            return _enough.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
    }
}
