namespace FeminaBot.Bench.Targets;

/// <summary>How to start each target the benchmark compares.</summary>
internal sealed class TargetCatalog(Builds builds, string scratch)
{
    public const string Memory = "FeminaBot (memory)";
    public const string Sqlite = "FeminaBot (SQLite)";
    public const string Ceiling = "ceiling (bare ASP.NET)";
    public const string Anchor = "anchor (Bot Framework JS)";

    /// <summary>The SQLite file of the SQLite target.</summary>
    public string SqliteFile => Path.Combine(scratch, "sqlite", "feminabot.db");

    public Task<TargetProcess> StartAsync(string name) => name switch
    {
        Memory => FeminaBotAsync(name, "Memory", Path.Combine(scratch, "memory")),
        Sqlite => FeminaBotAsync(name, "Sqlite", Path.Combine(scratch, "sqlite")),
        Ceiling => TargetProcess.StartAsync(name, "dotnet", [Path.Combine(builds.Ceiling, "FeminaBot.Bench.Ceiling.dll"), "--urls", "http://127.0.0.1:{port}"], builds.Ceiling),
        Anchor => TargetProcess.StartAsync(name, "node", ["index.js"], builds.AnchorDirectory, new Dictionary<string, string> { ["PORT"] = "{port}" }),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such target."),
    };

    // As it runs in production (warm-up on, Warning logs), with authentication off as in the Emulator.
    private Task<TargetProcess> FeminaBotAsync(string name, string provider, string directory)
    {
        Directory.CreateDirectory(directory);
        return TargetProcess.StartAsync(name, "dotnet",
        [
            Path.Combine(builds.FeminaBot, "FeminaBot.dll"), "--urls", "http://127.0.0.1:{port}",
            "--contentRoot", builds.FeminaBot,
            "--Storage:Provider", provider, "--Storage:SqlitePath", Path.Combine(directory, "feminabot.db"),
            "--Logging:LogLevel:Default", "Warning",
        ], directory);
    }
}
