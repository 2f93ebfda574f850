using System.Net;
using System.Runtime.Versioning;
using Microsoft.Data.Sqlite;

namespace FeminaBot.Tests.Hosting;

/// <summary>
/// The real program and its SQLite file: kept to its own user; a file it cannot use stops the start
/// with what to do; a file that fails while it runs makes /healthz say so.
/// </summary>
public sealed class SqliteFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-file-").FullName;

    private string Database => Path.Combine(_directory, "data", "feminabot.db");

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public async Task The_data_folder_it_creates_and_the_database_files_are_its_users_alone()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");

        // Run from the folder above, the program makes data/ itself.
        await using var program = await RunningProgram.StartAsync(Database, workingDirectory: _directory);
        using var http = new HttpClient { BaseAddress = program.Address };
        await EmulatorTurn.SayAsync(http, "c-modes", "u-modes", "a1", "I have a plugged duct");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(Database)!));
        Assert.All([Database, Database + "-wal", Database + "-shm"], file => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file)));
    }

    [Fact]
    public async Task A_database_file_of_random_bytes_stops_the_start_naming_the_file_and_what_to_do_and_is_left_as_it_was()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Database)!);
        var garbage = System.Security.Cryptography.RandomNumberGenerator.GetBytes(16384);
        await File.WriteAllBytesAsync(Database, garbage);

        var (exitCode, output) = await RunningProgram.FailToStartAsync(Database);

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"FeminaBot cannot start: {Database} is not a SQLite database or is damaged", output, StringComparison.Ordinal);
        Assert.Contains("Move it aside (with its -wal and -shm files, if any) to start with an empty one, or restore a backup.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Ready", output, StringComparison.Ordinal);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(Database));
    }

    [Fact]
    public async Task A_database_path_that_is_a_folder_stops_the_start_naming_it()
    {
        Directory.CreateDirectory(Database);

        var (exitCode, output) = await RunningProgram.FailToStartAsync(Database);

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"FeminaBot cannot start: {Database} cannot be opened for reading and writing", output, StringComparison.Ordinal);
        Assert.Contains("Give the program's user read and write access to the file and its folder", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public async Task A_data_folder_the_program_may_not_enter_stops_the_start_naming_the_file()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");

        // No file mode stops root: as root, the program runs as nobody, who may reach the folder but not enter it.
        var asNobody = Environment.UserName == "root";
        Skip.If(asNobody && !File.Exists("/usr/bin/setpriv"), "As root, this test runs the program as nobody with setpriv (util-linux).");
        File.SetUnixFileMode(_directory, File.GetUnixFileMode(_directory) | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var folder = Path.GetDirectoryName(Database)!;
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, UnixFileMode.None);
        try
        {
            var (exitCode, output) = await RunningProgram.FailToStartAsync(Database, asNobody: asNobody);

            Assert.NotEqual(0, exitCode);
            Assert.Contains($"FeminaBot cannot start: {Database} cannot be opened for reading and writing", output, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public async Task When_the_file_is_damaged_while_the_program_runs_healthz_and_turns_answer_503_saying_so()
    {
        await using var program = await RunningProgram.StartAsync(Database);
        using var http = new HttpClient { BaseAddress = program.Address };
        var healthy = await http.GetAsync(new Uri("healthz", UriKind.Relative));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (healthy.StatusCode, await healthy.Content.ReadAsStringAsync()));

        DamageTheStateTable();

        var unhealthy = await http.GetAsync(new Uri("healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
        Assert.Equal(
            "Unhealthy\nstorage: The state store did not answer: The SQLite file is damaged or is not a database.",
            await unhealthy.Content.ReadAsStringAsync());
        var (probeExit, probeSaid) = await DeploymentTests.ProbeAsync($"{program.Address}healthz");
        Assert.Equal(
            (1, $"healthcheck: {program.Address}healthz answered 503 Unhealthy storage: The state store did not answer: The SQLite file is damaged or is not a database."),
            (probeExit, probeSaid.Trim()));
        using var turn = await EmulatorTurn.PostAsync(http, "c-damaged", "u-damaged", "a1", "I have a plugged duct");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, turn.StatusCode);
        Assert.Contains("Please try again", await turn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // Overwrites the state table's first page in the file, as a failing disk would, then has another
    // connection write elsewhere, so the program's connections see the file changed and read it again.
    private void DamageTheStateTable()
    {
        using var other = new SqliteConnection($"Data Source={Database};Pooling=False");
        other.Open();
        using var command = other.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        command.ExecuteNonQuery();
        command.CommandText = "SELECT rootpage FROM sqlite_schema WHERE name = 'state'";
        var rootPage = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        using (var file = new FileStream(Database, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            file.Position = (rootPage - 1) * 4096;
            file.Write(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4096));
        }

        command.CommandText = "CREATE TABLE elsewhere (x); INSERT INTO elsewhere VALUES (1);";
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
