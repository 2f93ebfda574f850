using FeminaBot.Bench.Load;

namespace FeminaBot.Bench;

/// <summary>One target measured once at one concurrency with one conversation script, with what its process spent.</summary>
internal sealed record Measurement(string Script, string Target, int Concurrency, int Round, LoadResult Load, double CpuSeconds, long PeakRssKb);

/// <summary>Everything one benchmark run found, for the report.</summary>
internal sealed record BenchReport(
    BenchOptions Options,
    DateTimeOffset Started,
    TimeSpan Duration,
    IReadOnlyList<string> Targets,
    string? AnchorMissing,
    string? RedisMissing,
    IReadOnlyList<Measurement> Measurements,
    StateSize? State,
    MemoryAfterConversations? Memory,
    IReadOnlyList<Micro.MicroResult>? Micro);

/// <summary>The stored state of one conversation after the script, in bytes of JSON.</summary>
internal sealed record StateSize(int ConversationBytes, int UserBytes)
{
    public int Total => ConversationBytes + UserBytes;
}

/// <summary>A fresh FeminaBot's memory after a number of finished conversations.</summary>
internal sealed record MemoryAfterConversations(long Conversations, long RssKb, long PeakRssKb, double TurnsPerSecond, long Errors);
