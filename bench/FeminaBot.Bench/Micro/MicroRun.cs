using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace FeminaBot.Bench.Micro;

/// <summary>One micro-benchmark's result: mean time and bytes allocated per operation.</summary>
internal sealed record MicroResult(string Name, double MeanNanoseconds, long? AllocatedBytes);

/// <summary>Runs <see cref="TurnBenchmarks"/> with BenchmarkDotNet, in this process (no generated project to build).</summary>
internal static class MicroRun
{
    public static IReadOnlyList<MicroResult> Run(string repositoryRoot, string artifacts)
    {
        TurnBenchmarks.DialogsDirectory = Path.Combine(repositoryRoot, "dialogs");
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default)
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.DisableLogFile);
        var summary = BenchmarkRunner.Run<TurnBenchmarks>(config);
        return summary.Reports
            .Where(report => report.ResultStatistics is not null)
            .Select(report => new MicroResult(
                report.BenchmarkCase.Descriptor.WorkloadMethod.Name,
                report.ResultStatistics!.Mean,
                report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase)))
            .ToList();
    }
}
