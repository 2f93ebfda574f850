namespace FeminaBot.Bench.Load;

/// <summary>What one load run measured: answered turns, failures, and the latency of every turn.</summary>
public sealed record LoadResult(int Concurrency, long Turns, long Errors, long Conversations, TimeSpan Elapsed, double[] SortedLatenciesMs)
{
    /// <summary>Answered turns per second.</summary>
    public double TurnsPerSecond => Turns / Elapsed.TotalSeconds;

    public double P50 => Percentile(0.50);

    public double P95 => Percentile(0.95);

    public double P99 => Percentile(0.99);

    public double Max => SortedLatenciesMs.Length == 0 ? 0 : SortedLatenciesMs[^1];

    /// <summary>The latency below which the given share of turns were answered, in milliseconds.</summary>
    public double Percentile(double share) =>
        SortedLatenciesMs.Length == 0 ? 0 : SortedLatenciesMs[Math.Min(SortedLatenciesMs.Length - 1, (int)(SortedLatenciesMs.Length * share))];
}
