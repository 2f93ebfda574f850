namespace FeminaBot.Tests.Hosting;

/// <summary>What stops the real program's start, with what to fix, before it says "Ready".</summary>
public sealed class StartCheckTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-start-").FullName;

    private string Database => Path.Combine(_directory, "data", "feminabot.db");

    [Fact]
    public async Task A_broken_dialogs_file_stops_the_start_naming_the_file_and_line()
    {
        var dialogs = Directory.CreateDirectory(Path.Combine(_directory, "dialogs")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(RunningProgram.RepositoryRoot, "dialogs"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(dialogs, Path.GetFileName(file)));
        }

        await File.WriteAllTextAsync(Path.Combine(dialogs, "offices.yaml"), "timeZone: Mars/Olympus_Mons\noffices: []\n");

        var (exitCode, output) = await RunningProgram.FailToStartAsync(Database, new Dictionary<string, string> { ["Dialogs:Path"] = dialogs });

        Assert.Equal(2, exitCode);
        Assert.Contains("FeminaBot cannot start: dialogs/offices.yaml, line 1: unknown time zone 'Mars/Olympus_Mons'. The setting Dialogs:Path names the folder.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Ready", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_storage_setting_out_of_range_stops_the_start_naming_it()
    {
        var (exitCode, output) = await RunningProgram.FailToStartAsync(Database, new Dictionary<string, string> { ["Storage:BreakDuration"] = "00:00:00.1" });

        Assert.Equal(1, exitCode);
        Assert.Contains("FeminaBot cannot start: ", output, StringComparison.Ordinal);
        Assert.Contains("The field BreakDuration must be between 00:00:00.5000000 and 1.00:00:00.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Ready", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
