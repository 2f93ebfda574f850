using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using FeminaBot.Bench.Load;
using FeminaBot.Bench.Targets;

namespace FeminaBot.Bench.Report;

/// <summary>Writes a run as bench/results/latest.md: the figures, the ratios, and each target met or missed.</summary>
internal static class ResultsMarkdown
{
    private const int TargetConcurrency = 64;
    private const int RealisticConcurrency = 64;

    // The stores whose ratios are shown, in this order.
    private static readonly string[] Stores = [TargetCatalog.Memory, TargetCatalog.Sqlite, TargetCatalog.Redis, TargetCatalog.Baseline];

    public static string Write(BenchReport report)
    {
        var md = new StringBuilder();
        var rows = Summaries(report);
        Line(md, "# FeminaBot benchmark: latest results");
        Line(md);
        Line(md, $"Run {report.Started:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; whole run {report.Duration.TotalMinutes:F1} min.");
        Line(md, $"Each figure is the median of {report.Options.Rounds} rounds of {report.Options.Duration.TotalSeconds:F0} s, the targets measured interleaved (one round of every target, then the next round), each warmed first.");
        Line(md, "Command: `dotnet run -c Release --project bench/FeminaBot.Bench`. These machines are shared: read the ratios, not the absolute figures.");
        if (report.AnchorMissing is { } missing)
        {
            Line(md);
            Line(md, $"The anchor was not measured: {missing}.");
        }

        if (report.RedisMissing is { } noRedis)
        {
            Line(md);
            Line(md, $"The Redis store was not measured: {noRedis}.");
        }

        Line(md);
        Line(md, "## Throughput and latency");
        Line(md);
        Line(md, $"Two conversations: **{ConversationScript.ShortAnswers.Name}** (a short symptom, one-word answers; at every concurrency) and **{ConversationScript.Realistic.Name}** (long run-on messages, the safety check and a temperature answered in words, a question mid-coaching, an office question with typos; at {RealisticConcurrency} concurrent, without the ceiling, which reads no words).");
        Line(md);
        Line(md, "| conversation | concurrent | target | turns/s | p50 ms | p95 ms | p99 ms | max ms | errors | server CPU ms/turn | peak RSS MB |");
        Line(md, "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in rows)
        {
            Line(md, $"| {row.Script} | {row.Concurrency} | {row.Target} | {row.TurnsPerSecond:F0} | {row.P50:F2} | {row.P95:F2} | {row.P99:F2} | {row.Max:F1} | {row.Errors} | {row.CpuMsPerTurn:F3} | {row.PeakRssMb:F0} |");
        }

        Line(md);
        Line(md, "## Ratios");
        Line(md);
        Line(md, "| conversation | concurrent | store | turns/s vs ceiling | turns/s vs anchor | p99 vs anchor |");
        Line(md, "| --- | ---: | --- | ---: | ---: | ---: |");
        foreach (var (script, concurrency) in rows.Select(r => (r.Script, r.Concurrency)).Distinct())
        {
            foreach (var store in Stores.Where(t => rows.Any(r => r.Script == script && r.Concurrency == concurrency && r.Target == t)))
            {
                var r = new Ratios(rows, script, concurrency, store);
                Line(md, $"| {script} | {concurrency} | {store} | {Pct(r.OfCeiling)} | {Times(r.OfAnchor)} | {Times(r.P99OfAnchor)} |");
            }
        }

        if (report.Targets.Contains(TargetCatalog.Baseline))
        {
            Line(md);
            Line(md, $"## This change against the baseline ({report.Options.Baseline}), SQLite, measured interleaved");
            Line(md);
            Line(md, "| conversation | concurrent | turns/s now / baseline | p99 now / baseline |");
            Line(md, "| --- | ---: | ---: | ---: |");
            foreach (var (script, concurrency) in rows.Select(r => (r.Script, r.Concurrency)).Distinct())
            {
                var now = new Ratios(rows, script, concurrency, TargetCatalog.Sqlite);
                var then = new Ratios(rows, script, concurrency, TargetCatalog.Baseline);
                Line(md, $"| {script} | {concurrency} | {Times(Ratios.Divide(now.TurnsPerSecond, then.TurnsPerSecond))} | {Times(Ratios.Divide(now.P99, then.P99))} |");
            }
        }

        Line(md);
        Line(md, $"## Targets ({TargetConcurrency} concurrent conversations)");
        Line(md);
        Line(md, "| target | goal | measured | met |");
        Line(md, "| --- | --- | ---: | :---: |");
        var shortName = ConversationScript.ShortAnswers.Name;
        var memory64 = new Ratios(rows, shortName, TargetConcurrency, TargetCatalog.Memory);
        var sqlite64 = new Ratios(rows, shortName, TargetConcurrency, TargetCatalog.Sqlite);
        var memoryReal = new Ratios(rows, ConversationScript.Realistic.Name, TargetConcurrency, TargetCatalog.Memory);
        var sqliteReal = new Ratios(rows, ConversationScript.Realistic.Name, TargetConcurrency, TargetCatalog.Sqlite);
        Goal(md, "memory throughput vs anchor", "at least 5x", Times(memory64.OfAnchor), memory64.OfAnchor >= 5);
        Goal(md, "memory throughput vs ceiling", "at least 50%", Pct(memory64.OfCeiling), memory64.OfCeiling >= 0.5);
        Goal(md, "SQLite throughput vs ceiling", "at least 30%", Pct(sqlite64.OfCeiling), sqlite64.OfCeiling >= 0.3);
        Goal(md, "SQLite throughput vs anchor", "at least 10x", Times(sqlite64.OfAnchor), sqlite64.OfAnchor >= 10);
        Goal(md, "memory p99 vs anchor", "at most 1/5 (0.20x)", Times(memory64.P99OfAnchor), memory64.P99OfAnchor <= 0.2);
        Goal(md, "SQLite p99 vs anchor", "at most 1/10 (0.10x)", Times(sqlite64.P99OfAnchor), sqlite64.P99OfAnchor <= 0.1);
        Goal(md, $"{ConversationScript.Realistic.Name}: memory throughput vs anchor", "at least 5x", Times(memoryReal.OfAnchor), memoryReal.OfAnchor >= 5);
        Goal(md, $"{ConversationScript.Realistic.Name}: SQLite throughput vs anchor", "at least 5x", Times(sqliteReal.OfAnchor), sqliteReal.OfAnchor >= 5);
        if (report.State is { } state)
        {
            Goal(md, "stored state of one conversation after the script", "under 2 KB", $"{state.Total} B ({state.ConversationBytes} conversation + {state.UserBytes} user)", state.Total < 2048);
        }

        if (report.Memory is { } memory)
        {
            Goal(md, $"server RSS after {memory.Conversations:N0} finished conversations (memory store)", "under 300 MB", $"{memory.RssKb / 1024.0:F0} MB (peak {memory.PeakRssKb / 1024.0:F0} MB)", memory.RssKb < 300 * 1024 && memory.Errors == 0);
        }

        Goal(md, "the whole benchmark", "within 10 minutes", $"{report.Duration.TotalMinutes:F1} min", report.Duration <= TimeSpan.FromMinutes(10));

        if (report.Micro is { Count: > 0 } micro)
        {
            Line(md);
            Line(md, "## Micro-benchmarks (BenchmarkDotNet, in process, ShortRun)");
            Line(md);
            Line(md, "| benchmark | mean | allocated |");
            Line(md, "| --- | ---: | ---: |");
            foreach (var result in micro)
            {
                Line(md, $"| {result.Name} | {result.MeanNanoseconds / 1000:F2} µs | {(result.AllocatedBytes is { } bytes ? $"{bytes / 1024.0:F1} KB" : "n/a")} |");
            }

            Line(md);
            Line(md, "`Turn` is one turn averaged over the whole script, a new conversation each time: the activity's JSON read, the turn through the program's middleware and the triage bot over a store that keeps state as JSON, the expectReplies answer written.");
        }

        return md.ToString();
    }

    private static List<Summary> Summaries(BenchReport report) =>
        report.Measurements
            .GroupBy(m => (m.Script, m.Concurrency, m.Target))
            .OrderBy(g => ConversationScript.All.ToList().FindIndex(s => s.Name == g.Key.Script))
            .ThenBy(g => report.Options.Concurrency.AsSpan().IndexOf(g.Key.Concurrency))
            .ThenBy(g => report.Targets.ToList().IndexOf(g.Key.Target))
            .Select(g => new Summary(
                g.Key.Script,
                g.Key.Concurrency,
                g.Key.Target,
                Median(g.Select(m => m.Load.TurnsPerSecond)),
                Median(g.Select(m => m.Load.P50)),
                Median(g.Select(m => m.Load.P95)),
                Median(g.Select(m => m.Load.P99)),
                g.Max(m => m.Load.Max),
                g.Sum(m => m.Load.Errors),
                Median(g.Select(m => m.Load.Turns == 0 ? 0 : m.CpuSeconds * 1000 / m.Load.Turns)),
                g.Max(m => m.PeakRssKb) / 1024.0))
            .ToList();

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static void Goal(StringBuilder md, string what, string goal, string measured, bool met) =>
        Line(md, $"| {what} | {goal} | {measured} | {(measured.StartsWith("n/a", StringComparison.Ordinal) ? "n/a" : met ? "yes" : "**no**")} |");

    private static string Pct(double ratio) => double.IsNaN(ratio) ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{ratio * 100:F1}%");

    private static string Times(double ratio) => double.IsNaN(ratio) ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{ratio:F2}x");

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');

    private sealed record Summary(string Script, int Concurrency, string Target, double TurnsPerSecond, double P50, double P95, double P99, double Max, long Errors, double CpuMsPerTurn, double PeakRssMb);

    // One store against the ceiling (on the short script, which is all the ceiling plays) and the
    // anchor (on the same script); NaN where a target was not measured.
    private sealed class Ratios
    {
        public Ratios(List<Summary> rows, string script, int concurrency, string store)
        {
            Summary? Of(string target, string inScript) => rows.FirstOrDefault(r => r.Script == inScript && r.Concurrency == concurrency && r.Target == target);
            var (mine, ceiling, anchor) = (Of(store, script), Of(TargetCatalog.Ceiling, script), Of(TargetCatalog.Anchor, script));
            TurnsPerSecond = mine?.TurnsPerSecond ?? double.NaN;
            P99 = mine?.P99 ?? double.NaN;
            OfCeiling = Divide(mine?.TurnsPerSecond, ceiling?.TurnsPerSecond);
            OfAnchor = Divide(mine?.TurnsPerSecond, anchor?.TurnsPerSecond);
            P99OfAnchor = Divide(mine?.P99, anchor?.P99);
        }

        public double TurnsPerSecond { get; }

        public double P99 { get; }

        public double OfCeiling { get; }

        public double OfAnchor { get; }

        public double P99OfAnchor { get; }

        public static double Divide(double? a, double? b) => a is { } x && b is { } y && y > 0 && !double.IsNaN(x) ? x / y : double.NaN;
    }
}
