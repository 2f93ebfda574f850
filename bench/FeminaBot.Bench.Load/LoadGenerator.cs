using System.Diagnostics;
using System.Text;

namespace FeminaBot.Bench.Load;

/// <summary>
/// Plays a script's conversations through <c>POST /api/messages</c> with <c>expectReplies</c>: each of
/// <c>concurrency</c> workers plays whole conversations (each a new conversation id), sending a turn
/// only once the previous one was answered, never sleeping, until a cap on turns, on whole
/// conversations, or on time.
/// </summary>
public static class LoadGenerator
{
    /// <summary>Runs the load and measures it.</summary>
    public static async Task<LoadResult> RunAsync(HttpClient http, Uri messages, ConversationScript script, int concurrency, long maxTurns, TimeSpan maxDuration, long maxConversations = long.MaxValue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(script);
        long started = 0, answered = 0, errors = 0, conversations = 0, claimed = 0;
        var latencies = new List<double>[concurrency];
        var clock = Stopwatch.StartNew();
        var run = Guid.NewGuid().ToString("N")[..8];

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = new List<double>(4096);
            for (var n = 0; Interlocked.Increment(ref claimed) <= maxConversations; n++)
            {
                var conversation = $"bench-{run}-{worker}-{n}";
                for (var turn = 0; turn < script.Turns.Length; turn++)
                {
                    if (Interlocked.Increment(ref started) > maxTurns || clock.Elapsed > maxDuration || cancellationToken.IsCancellationRequested)
                    {
                        return;
                    }

                    var sent = Stopwatch.GetTimestamp();
                    var ok = await SendAsync(http, messages, script.Activity(conversation, turn), cancellationToken);
                    mine.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                    Interlocked.Increment(ref ok ? ref answered : ref errors);
                }

                Interlocked.Increment(ref conversations);
            }
        }));

        var elapsed = clock.Elapsed;
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new LoadResult(concurrency, answered, errors, conversations, elapsed, all);
    }

    // A turn counts as answered only with 200 and a body that carries activities.
    private static async Task<bool> SendAsync(HttpClient http, Uri messages, string activity, CancellationToken cancellationToken)
    {
        try
        {
            using var content = new StringContent(activity, Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(messages, content, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return response.IsSuccessStatusCode && body.AsSpan().IndexOf("\"activities\""u8) >= 0;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
