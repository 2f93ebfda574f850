using System.Diagnostics;
using System.Globalization;
using FeminaBot.Bench.Load;
using FeminaBot.Bench.Targets;
using Microsoft.Data.Sqlite;

namespace FeminaBot.Bench;

/// <summary>
/// The whole benchmark: builds the targets, starts them on loopback ports, warms each, measures them
/// interleaved (A B C D A B C D ...) at every concurrency, then the state one conversation leaves,
/// a fresh instance's memory after many conversations, and the micro-benchmarks.
/// </summary>
internal sealed class BenchmarkRun(BenchOptions options, string repositoryRoot, TextWriter log)
{
    public async Task<BenchReport> RunAsync()
    {
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var builds = new Builds(repositoryRoot, log);
        await builds.PublishAsync();
        var anchorMissing = options.Anchor ? await builds.PrepareAnchorAsync() : "left out (--no-anchor)";
        var scratch = Directory.CreateTempSubdirectory("feminabot-bench-").FullName;
        try
        {
            var catalog = new TargetCatalog(builds, scratch);
            List<string> names = [TargetCatalog.Memory, TargetCatalog.Sqlite, TargetCatalog.Ceiling];
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
            return new BenchReport(options, started, clock.Elapsed, names, anchorMissing, measurements, state, memory, micro);
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
                await LoadGenerator.RunAsync(http, target.Messages, 16, long.MaxValue, options.Warmup);
            }

            var measurements = new List<Measurement>();
            foreach (var concurrency in options.Concurrency)
            {
                for (var round = 1; round <= options.Rounds; round++)
                {
                    foreach (var target in targets)
                    {
                        var before = target.Sample();
                        var load = await LoadGenerator.RunAsync(http, target.Messages, concurrency, long.MaxValue, options.Duration);
                        var after = target.Sample();
                        var measurement = new Measurement(target.Name, concurrency, round, load, (after?.CpuSeconds ?? 0) - (before?.CpuSeconds ?? 0), after?.PeakRssKb ?? 0);
                        measurements.Add(measurement);
                        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                            $"bench: {concurrency,2} x {target.Name,-26} round {round}: {load.TurnsPerSecond,8:F0} turns/s, p50 {load.P50,6:F2} ms, p99 {load.P99,7:F2} ms, errors {load.Errors}"));
                    }
                }
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

    // One scripted conversation, then its rows in the SQLite file: what a parent leaves behind.
    private static async Task<StateSize?> MeasureStateAsync(HttpClient http, TargetProcess sqlite, string file)
    {
        const string conversation = "state-probe";
        for (var turn = 0; turn < ConversationScript.Turns.Length; turn++)
        {
            using var content = new StringContent(ConversationScript.Activity(conversation, turn), System.Text.Encoding.UTF8, "application/json");
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
        var load = await LoadGenerator.RunAsync(http, fresh.Messages, 64, long.MaxValue, TimeSpan.FromMinutes(4), options.Conversations);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var sample = fresh.Sample();
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"bench: after {load.Conversations} conversations: RSS {(sample?.RssKb ?? 0) / 1024.0:F0} MB, peak {(sample?.PeakRssKb ?? 0) / 1024.0:F0} MB"));
        return new MemoryAfterConversations(load.Conversations, sample?.RssKb ?? 0, sample?.PeakRssKb ?? 0, load.TurnsPerSecond, load.Errors);
    }
}
