using FeminaBot.Bench;
using FeminaBot.Bench.Report;

// The benchmark, one command from the repository root:
//   dotnet run -c Release --project bench/FeminaBot.Bench
// Figures are written the same way on every machine.
System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;

var options = BenchOptions.Parse(args, Console.Error);
if (options is null)
{
    return 2;
}

var root = FindRepositoryRoot();
if (options.MicroOnly)
{
    foreach (var result in FeminaBot.Bench.Micro.MicroRun.Run(root, Path.Combine(root, "bench", "out", "micro")))
    {
        Console.WriteLine($"{result.Name}: {result.MeanNanoseconds / 1000:F2} us, {(result.AllocatedBytes ?? 0) / 1024.0:F1} KB allocated");
    }

    return 0;
}

var report = await new BenchmarkRun(options, root, Console.Out).RunAsync();
var markdown = ResultsMarkdown.Write(report);
var output = options.Output ?? Path.Combine(root, "bench", "results", "latest.md");
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
await File.WriteAllTextAsync(output, markdown);
Console.WriteLine();
Console.WriteLine(markdown);
Console.WriteLine($"bench: written to {output}");
return report.Measurements.Any(m => m.Load.Errors > 0) ? 1 : 0;

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "FeminaBot.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run the benchmark from inside the FeminaBot repository (FeminaBot.sln was not found above this folder).");
}
