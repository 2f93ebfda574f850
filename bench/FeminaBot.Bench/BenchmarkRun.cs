using System.Diagnostics;
using System.Globalization;
using FeminaBot.Bench.Load;
using FeminaBot.Bench.Targets;
using Microsoft.Data.Sqlite;

namespace FeminaBot.Bench;

/// <summary>
/// The whole benchmark: builds the targets (FeminaBot on each store, with a local redis-server for
/// Redis; the baseline commit's FeminaBot when asked; the ceiling; the anchor), starts them on
/// loopback ports, warms each, measures them interleaved (A B C D A B C D ...) with the short script at
/// every concurrency and with the one in parents' own words at 64, then the state one conversation
/// leaves, a fresh instance's memory after many conversations, and the micro-benchmarks.
/// </summary>
internal sealed class BenchmarkRun(BenchOptions options, string repositoryRoot, TextWriter log)
{
    // The conversation in parents' own words is measured at this concurrency only, where the targets are read.
    private const int RealisticConcurrency = 64;

    public async Task<BenchReport> RunAsync()
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var builds = new Builds(repositoryRoot, log);
        await builds.PublishAsync();
        if (options.Baseline is { } baseline)
        {
            await builds.PublishBaselineAsync(baseline);
        }

        var anchorMissing = options.Anchor ? await builds.PrepareAnchorAsync() : "left out (--no-anchor)";
        var redisMissing = RedisServer.Missing();
        var scratch = Directory.CreateTempSubdirectory("feminabot-bench-").FullName;
        await using var redis = redisMissing is null ? await RedisServer.StartAsync() : null;
        try
        {
            var catalog = new TargetCatalog(builds, scratch, redis?.Port);
            List<string> names = [TargetCatalog.Memory, TargetCatalog.Sqlite];
            if (redis is not null)
            {
                names.Add(TargetCatalog.Redis);
            }
            else
            {
                await log.WriteLineAsync($"bench: the Redis store is not measured: {redisMissing}");
            }

            if (options.Baseline is not null)
            {
                names.Add(TargetCatalog.Baseline);
            }

            names.Add(TargetCatalog.Ceiling);
            if (anchorMissing is null)
            {
                names.Add(TargetCatalog.Anchor);
            }
            else
            {
                await log.WriteLineAsync($"bench: the anchor is not measured: {anchorMissing}");
            }

            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(30) })
            {
                Timeout = TimeSpan.FromSeconds(30),
            };
            var (measurements, state) = await MeasureTargetsAsync(catalog, names, http);
            var memory = await MeasureMemoryAsync(catalog, http);
            var micro = options.Micro ? Micro.MicroRun.Run(repositoryRoot, Path.Combine(builds.Output, "micro")) : null;
            return new BenchReport(options, started, clock.Elapsed, names, anchorMissing, redisMissing, measurements, state, memory, micro);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(scratch, recursive: true);
        }
    }

    private async Task<(List<Measurement>, StateSize?)> MeasureTargetsAsync(TargetCatalog catalog, List<string> names, HttpClient http)
    {
        var targets = new List<TargetProcess>();
        try
        {
            foreach (var name in names)
            {
                targets.Add(await catalog.StartAsync(name));
            }

            foreach (var target in targets)
            {
                foreach (var script in ConversationScript.All)
                {
                    await LoadGenerator.RunAsync(http, target.Messages, script, 16, long.MaxValue, options.Warmup / 2);
                }
            }

            var measurements = new List<Measurement>();
            foreach (var concurrency in options.Concurrency)
            {
                await MeasureRoundsAsync(measurements, targets, ConversationScript.ShortAnswers, concurrency, http);
            }

            // The ceiling answers without reading a word, so it plays only the short script.
            if (options.Concurrency.Contains(RealisticConcurrency))
            {
                await MeasureRoundsAsync(measurements, [.. targets.Where(t => t.Name != TargetCatalog.Ceiling)], ConversationScript.Realistic, RealisticConcurrency, http);
            }

            var sqlite = targets.Single(t => t.Name == TargetCatalog.Sqlite);
            return (measurements, await MeasureStateAsync(http, sqlite, catalog.SqliteFile));
        }
        finally
        {
            foreach (var target in targets)
            {
                await target.DisposeAsync();
            }
        }
    }

    // Interleaved: one round of every target, then the next round.
    private async Task MeasureRoundsAsync(List<Measurement> measurements, List<TargetProcess> targets, ConversationScript script, int concurrency, HttpClient http)
    {
        for (var round = 1; round <= options.Rounds; round++)
        {
            foreach (var target in targets)
            {
                var before = target.Sample();
                var load = await LoadGenerator.RunAsync(http, target.Messages, script, concurrency, long.MaxValue, options.Duration);
                var after = target.Sample();
                measurements.Add(new Measurement(script.Name, target.Name, concurrency, round, load, (after?.CpuSeconds ?? 0) - (before?.CpuSeconds ?? 0), after?.PeakRssKb ?? 0));
                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"bench: {concurrency,2} x {target.Name,-34} {script.Name,-18} round {round}: {load.TurnsPerSecond,8:F0} turns/s, p50 {load.P50,6:F2} ms, p99 {load.P99,7:F2} ms, errors {load.Errors}"));
            }
        }
    }

    // One scripted conversation, then its rows in the SQLite file: what a parent leaves behind.
    private static async Task<StateSize?> MeasureStateAsync(HttpClient http, TargetProcess sqlite, string file)
    {
        const string conversation = "state-probe";
        var script = ConversationScript.ShortAnswers;
        for (var turn = 0; turn < script.Turns.Length; turn++)
        {
            using var content = new StringContent(script.Activity(conversation, turn), System.Text.Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(sqlite.Messages, content);
            response.EnsureSuccessStatusCode();
        }

        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, length(json) FROM state WHERE key IN ($conversation, $user)";
        command.Parameters.AddWithValue("$conversation", $"emulator/conversations/{conversation}");
        command.Parameters.AddWithValue("$user", $"emulator/users/u-{conversation}");
        int conversationBytes = 0, userBytes = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (reader.GetString(0).Contains("/conversations/", StringComparison.Ordinal))
            {
                conversationBytes = reader.GetInt32(1);
            }
            else
            {
                userBytes = reader.GetInt32(1);
            }
        }

        return conversationBytes == 0 ? null : new StateSize(conversationBytes, userBytes);
    }

    // A fresh instance with state in its own memory, after many whole conversations at 64 at a time.
    private async Task<MemoryAfterConversations> MeasureMemoryAsync(TargetCatalog catalog, HttpClient http)
    {
        await using var fresh = await catalog.StartAsync(TargetCatalog.Memory);
        var load = await LoadGenerator.RunAsync(http, fresh.Messages, ConversationScript.ShortAnswers, 64, long.MaxValue, TimeSpan.FromMinutes(4), options.Conversations);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var sample = fresh.Sample();
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"bench: after {load.Conversations} conversations: RSS {(sample?.RssKb ?? 0) / 1024.0:F0} MB, peak {(sample?.PeakRssKb ?? 0) / 1024.0:F0} MB"));
        return new MemoryAfterConversations(load.Conversations, sample?.RssKb ?? 0, sample?.PeakRssKb ?? 0, load.TurnsPerSecond, load.Errors);
    }
}
