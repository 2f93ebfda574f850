using System.Globalization;

namespace FeminaBot.Bench;

/// <summary>The benchmark's settings, from the command line.</summary>
internal sealed record BenchOptions
{
    public int[] Concurrency { get; init; } = [1, 16, 64];

    public int Rounds { get; init; } = 3;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(8);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(4);

    public int Conversations { get; init; } = 10_000;

    public bool Anchor { get; init; } = true;

    public bool Micro { get; init; } = true;

    public bool MicroOnly { get; init; }

    public string? Output { get; init; }

    /// <summary>A commit whose FeminaBot (SQLite) is measured beside this one, interleaved, for a before/after.</summary>
    public string? Baseline { get; init; }

    public const string Usage = """
        usage: dotnet run -c Release --project bench/FeminaBot.Bench -- [options]
          --seconds N          length of each measurement (default 8)
          --rounds N           interleaved rounds per concurrency (default 3)
          --concurrency a,b,c  concurrent conversations (default 1,16,64)
          --conversations N    conversations before the memory reading (default 10000)
          --no-anchor          leave out the JavaScript SDK
          --no-micro           leave out the BenchmarkDotNet micro-benchmarks
          --micro-only         run only the micro-benchmarks (for hot-path work); writes no table
          --out FILE           where the table goes (default bench/results/latest.md)
          --baseline COMMIT    also measure FeminaBot (SQLite) as it was at COMMIT, interleaved (a before/after)
        """;

    /// <summary>Reads the options; null (after saying why) when they make no sense.</summary>
    public static BenchOptions? Parse(string[] args, TextWriter error)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value");
            try
            {
                options = args[i] switch
                {
                    "--seconds" => options with { Duration = TimeSpan.FromSeconds(Positive(Next())) },
                    "--rounds" => options with { Rounds = Positive(Next()) },
                    "--concurrency" => options with { Concurrency = [.. Next().Split(',').Select(Positive)] },
                    "--conversations" => options with { Conversations = Positive(Next()) },
                    "--no-anchor" => options with { Anchor = false },
                    "--no-micro" => options with { Micro = false },
                    "--micro-only" => options with { MicroOnly = true },
                    "--out" => options with { Output = Next() },
                    "--baseline" => options with { Baseline = Next() },
                    _ => throw new FormatException($"unknown option {args[i]}"),
                };
            }
            catch (FormatException e)
            {
                error.WriteLine($"bench: {e.Message}");
                error.WriteLine(Usage);
                return null;
            }
        }

        return options;
    }

    private static int Positive(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new FormatException($"'{value}' is not a positive whole number");
}
