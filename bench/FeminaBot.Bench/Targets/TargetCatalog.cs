namespace FeminaBot.Bench.Targets;

/// <summary>How to start each target the benchmark compares.</summary>
internal sealed class TargetCatalog(Builds builds, string scratch, int? redisPort = null)
{
    public const string Memory = "FeminaBot (memory)";
    public const string Sqlite = "FeminaBot (SQLite)";
    public const string Redis = "FeminaBot (Redis)";
    public const string Baseline = "FeminaBot (SQLite) at the baseline";
    public const string Ceiling = "ceiling (bare ASP.NET)";
    public const string Anchor = "anchor (Bot Framework JS)";

    /// <summary>The SQLite file of the SQLite target.</summary>
    public string SqliteFile => Path.Combine(scratch, "sqlite", "feminabot.db");

    public Task<TargetProcess> StartAsync(string name) => name switch
    {
        Memory => FeminaBotAsync(name, "Memory", Path.Combine(scratch, "memory")),
        Sqlite => FeminaBotAsync(name, "Sqlite", Path.Combine(scratch, "sqlite")),
        Redis => FeminaBotAsync(name, "Redis", Path.Combine(scratch, "redis"), ["--Storage:Redis", $"127.0.0.1:{redisPort}"]),
        Baseline => FeminaBotAsync(name, "Sqlite", Path.Combine(scratch, "baseline"), program: builds.Baseline),
        Ceiling => TargetProcess.StartAsync(name, "dotnet", [Path.Combine(builds.Ceiling, "FeminaBot.Bench.Ceiling.dll"), "--urls", "http://127.0.0.1:{port}"], builds.Ceiling),
        Anchor => TargetProcess.StartAsync(name, "node", ["index.js"], builds.AnchorDirectory, new Dictionary<string, string> { ["PORT"] = "{port}" }),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such target."),
    };

    // As it runs in production (warm-up on, Warning logs), with authentication off as in the Emulator.
    private Task<TargetProcess> FeminaBotAsync(string name, string provider, string directory, string[]? more = null, string? program = null)
    {
        Directory.CreateDirectory(directory);
        program ??= builds.FeminaBot;
        return TargetProcess.StartAsync(name, "dotnet",
        [
            Path.Combine(program, "FeminaBot.dll"), "--urls", "http://127.0.0.1:{port}",
            "--contentRoot", program,
            "--Storage:Provider", provider, "--Storage:SqlitePath", Path.Combine(directory, "feminabot.db"),
            "--Logging:LogLevel:Default", "Warning",
            .. more ?? [],
        ], directory);
    }
}
