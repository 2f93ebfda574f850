using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using FeminaBot.Bench.Targets;

namespace FeminaBot.Bench.Report;

/// <summary>Writes a run as bench/results/latest.md: the figures, the ratios, and each target met or missed.</summary>
internal static class ResultsMarkdown
{
    private const int TargetConcurrency = 64;

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

        Line(md);
        Line(md, "## Throughput and latency");
        Line(md);
        Line(md, "| concurrent | target | turns/s | p50 ms | p95 ms | p99 ms | max ms | errors | server CPU ms/turn | peak RSS MB |");
        Line(md, "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in rows)
        {
            Line(md, $"| {row.Concurrency} | {row.Target} | {row.TurnsPerSecond:F0} | {row.P50:F2} | {row.P95:F2} | {row.P99:F2} | {row.Max:F1} | {row.Errors} | {row.CpuMsPerTurn:F3} | {row.PeakRssMb:F0} |");
        }

        Line(md);
        Line(md, "## Ratios");
        Line(md);
        Line(md, "| concurrent | memory / ceiling (turns/s) | SQLite / ceiling (turns/s) | memory / anchor (turns/s) | SQLite / anchor (turns/s) | memory / anchor (p99) | SQLite / anchor (p99) |");
        Line(md, "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var concurrency in report.Options.Concurrency)
        {
            var r = new Ratios(rows, concurrency);
            Line(md, $"| {concurrency} | {Pct(r.MemoryOfCeiling)} | {Pct(r.SqliteOfCeiling)} | {Times(r.MemoryOfAnchor)} | {Times(r.SqliteOfAnchor)} | {Times(r.MemoryP99OfAnchor)} | {Times(r.SqliteP99OfAnchor)} |");
        }

        Line(md);
        Line(md, $"## Targets ({TargetConcurrency} concurrent conversations)");
        Line(md);
        Line(md, "| target | goal | measured | met |");
        Line(md, "| --- | --- | ---: | :---: |");
        var at = new Ratios(rows, TargetConcurrency);
        Goal(md, "memory throughput vs anchor", "at least 5x", Times(at.MemoryOfAnchor), at.MemoryOfAnchor >= 5);
        Goal(md, "memory throughput vs ceiling", "at least 50%", Pct(at.MemoryOfCeiling), at.MemoryOfCeiling >= 0.5);
        Goal(md, "SQLite throughput vs ceiling", "at least 30%", Pct(at.SqliteOfCeiling), at.SqliteOfCeiling >= 0.3);
        Goal(md, "memory p99 vs anchor", "at most 1/5 (0.20x)", Times(at.MemoryP99OfAnchor), at.MemoryP99OfAnchor <= 0.2);
        Goal(md, "SQLite p99 vs anchor", "at most 1/5 (0.20x)", Times(at.SqliteP99OfAnchor), at.SqliteP99OfAnchor <= 0.2);
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
            .GroupBy(m => (m.Concurrency, m.Target))
            .OrderBy(g => report.Options.Concurrency.AsSpan().IndexOf(g.Key.Concurrency))
            .ThenBy(g => report.Targets.ToList().IndexOf(g.Key.Target))
            .Select(g => new Summary(
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

    private sealed record Summary(int Concurrency, string Target, double TurnsPerSecond, double P50, double P95, double P99, double Max, long Errors, double CpuMsPerTurn, double PeakRssMb);

    // FeminaBot against the others at one concurrency; NaN where a target was not measured.
    private sealed class Ratios
    {
        public Ratios(List<Summary> rows, int concurrency)
        {
            Summary? Of(string target) => rows.FirstOrDefault(r => r.Concurrency == concurrency && r.Target == target);
            var (memory, sqlite, ceiling, anchor) = (Of(TargetCatalog.Memory), Of(TargetCatalog.Sqlite), Of(TargetCatalog.Ceiling), Of(TargetCatalog.Anchor));
            MemoryOfCeiling = Divide(memory?.TurnsPerSecond, ceiling?.TurnsPerSecond);
            SqliteOfCeiling = Divide(sqlite?.TurnsPerSecond, ceiling?.TurnsPerSecond);
            MemoryOfAnchor = Divide(memory?.TurnsPerSecond, anchor?.TurnsPerSecond);
            SqliteOfAnchor = Divide(sqlite?.TurnsPerSecond, anchor?.TurnsPerSecond);
            MemoryP99OfAnchor = Divide(memory?.P99, anchor?.P99);
            SqliteP99OfAnchor = Divide(sqlite?.P99, anchor?.P99);
        }

        public double MemoryOfCeiling { get; }

        public double SqliteOfCeiling { get; }

        public double MemoryOfAnchor { get; }

        public double SqliteOfAnchor { get; }

        public double MemoryP99OfAnchor { get; }

        public double SqliteP99OfAnchor { get; }

        private static double Divide(double? a, double? b) => a is { } x && b is { } y && y > 0 ? x / y : double.NaN;
    }
}
