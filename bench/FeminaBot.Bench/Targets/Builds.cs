using System.Diagnostics;

namespace FeminaBot.Bench.Targets;

/// <summary>Builds what the benchmark runs: Release publishes of FeminaBot and the ceiling, and the anchor's npm packages.</summary>
internal sealed class Builds(string repositoryRoot, TextWriter log)
{
    public string Output { get; } = Path.Combine(repositoryRoot, "bench", "out");

    public string FeminaBot => Path.Combine(Output, "feminabot");

    public string Ceiling => Path.Combine(Output, "ceiling");

    /// <summary>FeminaBot as it was at the <c>--baseline</c> commit, to measure a change against in the same run.</summary>
    public string Baseline => Path.Combine(Output, "baseline");

    public string AnchorDirectory => Path.Combine(repositoryRoot, "bench", "anchor-botbuilder-js");

    public async Task PublishAsync()
    {
        await RunAsync("dotnet", ["publish", Path.Combine(repositoryRoot, "src", "FeminaBot", "FeminaBot.csproj"), "-c", "Release", "-o", FeminaBot, "--nologo", "-v", "quiet"], repositoryRoot);
        await RunAsync("dotnet", ["publish", Path.Combine(repositoryRoot, "bench", "FeminaBot.Bench.Ceiling", "FeminaBot.Bench.Ceiling.csproj"), "-c", "Release", "-o", Ceiling, "--nologo", "-v", "quiet"], repositoryRoot);
    }

    /// <summary>Publishes FeminaBot as it was at <paramref name="commit"/>, from a temporary worktree of this repository.</summary>
    public async Task PublishBaselineAsync(string commit)
    {
        var tree = Path.Combine(Path.GetTempPath(), $"feminabot-baseline-{Guid.NewGuid():N}");
        await RunAsync("git", ["worktree", "add", "--detach", tree, commit], repositoryRoot);
        try
        {
            // The chat page's bundle is fetched once per clone; the baseline takes this clone's.
            var bundle = Path.Combine("src", "FeminaBot", "wwwroot", "lib", "webchat.js");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(tree, bundle))!);
            File.Copy(Path.Combine(repositoryRoot, bundle), Path.Combine(tree, bundle), overwrite: true);
            await RunAsync("dotnet", ["publish", Path.Combine(tree, "src", "FeminaBot", "FeminaBot.csproj"), "-c", "Release", "-o", Baseline, "--nologo", "-v", "quiet"], tree);
        }
        finally
        {
            await RunAsync("git", ["worktree", "remove", "--force", tree], repositoryRoot);
        }
    }

    /// <summary>Installs the anchor's pinned packages once; null when it can run, else why not.</summary>
    public async Task<string?> PrepareAnchorAsync()
    {
        if (!OnPath("node") || !OnPath("npm"))
        {
            return "Node.js and npm are missing (apt-get install -y nodejs npm)";
        }

        if (!Directory.Exists(Path.Combine(AnchorDirectory, "node_modules", "botbuilder")))
        {
            // --ignore-scripts: a post-install step of the SDK wants a package the registry does not serve.
            // --no-package-lock: the versions are pinned in package.json, and a lock file would carry the registry's address.
            await RunAsync("npm", ["install", "--ignore-scripts", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel", "error"], AnchorDirectory);
        }

        return null;
    }

    private async Task RunAsync(string command, string[] arguments, string directory)
    {
        await log.WriteLineAsync($"bench: {command} {string.Join(' ', arguments.Take(2))} ...");
        var start = new ProcessStartInfo(command, arguments) { WorkingDirectory = directory, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start.");
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}.");
        }
    }

    private static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(dir => File.Exists(Path.Combine(dir, command)));
}
