using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FeminaBot.Tests.Hosting;

/// <summary>
/// The real FeminaBot program in its own process on a free loopback port, with its state in a
/// SQLite file the test chooses; stopping it and starting another on the same file is a restart.
/// </summary>
internal sealed class RunningProgram : IAsyncDisposable
{
    private readonly Process _process;

    private RunningProgram(Process process, Uri address, ConcurrentQueue<string> output)
    {
        _process = process;
        Address = address;
        Output = output;
    }

    public Uri Address { get; }

    /// <summary>What the program has written to its console so far (its log), line by line.</summary>
    public ConcurrentQueue<string> Output { get; }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>
    /// Starts the program with its SQLite file at <paramref name="databasePath"/> and any more settings (such as Redis),
    /// in the database's folder, or in <paramref name="workingDirectory"/>, leaving the program to make the database's folder;
    /// on loopback, or on every interface. Without <paramref name="repositoryContentRoot"/>, it is given no content root and
    /// finds its page beside itself, as when an operator runs <c>dotnet /path/FeminaBot.dll</c> from anywhere.
    /// </summary>
    public static async Task<RunningProgram> StartAsync(
        string databasePath,
        IReadOnlyDictionary<string, string>? settings = null,
        string? workingDirectory = null,
        bool repositoryContentRoot = true,
        bool everyInterface = false)
    {
        if (workingDirectory is null)
        {
            workingDirectory = Path.GetDirectoryName(databasePath)!;
            Directory.CreateDirectory(workingDirectory);
        }

        var (process, address, output) = Launch(databasePath, settings, workingDirectory, repositoryContentRoot: repositoryContentRoot, everyInterface: everyInterface);
        var program = new RunningProgram(process, address, output);
        await program.WaitUntilHealthyAsync();
        return program;
    }

    /// <summary>
    /// Starts the program expecting it to refuse to start: its exit code and everything it wrote.
    /// It runs in <paramref name="workingDirectory"/> (by default the database's folder's parent).
    /// </summary>
    /// With <paramref name="asNobody"/>, it runs as the unprivileged user 65534 (the tests may run as
    /// root, whom no file mode stops).
    public static async Task<(int ExitCode, string Output)> FailToStartAsync(string databasePath, IReadOnlyDictionary<string, string>? settings = null, string? workingDirectory = null, bool asNobody = false)
    {
        var (process, _, output) = Launch(databasePath, settings, workingDirectory ?? Path.GetDirectoryName(Path.GetDirectoryName(databasePath))!, asNobody);
        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("The program kept running; it was expected to refuse to start.");
            }

            // The exit is seen before the last redirected lines are; this waits for them.
            process.WaitForExit();
            return (process.ExitCode, string.Join('\n', output));
        }
    }

    private static (Process Process, Uri Address, ConcurrentQueue<string> Output) Launch(
        string databasePath,
        IReadOnlyDictionary<string, string>? settings,
        string workingDirectory,
        bool asNobody = false,
        bool repositoryContentRoot = true,
        bool everyInterface = false)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var listen = everyInterface ? $"http://0.0.0.0:{port}" : address.ToString().TrimEnd('/');
        var start = new ProcessStartInfo(asNobody ? "setpriv" : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asNobody)
        {
            foreach (var argument in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet" })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["HOME"] = Path.GetTempPath();
        }

        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "FeminaBot.dll"),
            "--urls", listen,
            "--Storage:SqlitePath", databasePath,
            "--Dialogs:Path", Path.Combine(RepositoryRoot, "dialogs"),
            "--Logging:LogLevel:Default", "Warning",
        })
        {
            start.ArgumentList.Add(argument);
        }

        if (repositoryContentRoot)
        {
            start.ArgumentList.Add("--contentRoot");
            start.ArgumentList.Add(Path.Combine(RepositoryRoot, "src", "FeminaBot"));
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.ArgumentList.Add($"--{key}");
            start.ArgumentList.Add(value);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The program did not start.");
        var output = new ConcurrentQueue<string>();
        DataReceivedEventHandler keep = (_, line) =>
        {
            if (line.Data is not null)
            {
                output.Enqueue(line.Data);
            }
        };
        process.OutputDataReceived += keep;
        process.ErrorDataReceived += keep;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, address, output);
    }

    /// <summary>Stops the program the way a host stops a service: SIGTERM, then wait for it to finish its turns.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }

        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill!.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await _process.WaitForExitAsync(timeout.Token);
    }

    /// <summary>Kills the program outright (SIGKILL), as a crash or an evicted container dies: no turn is finished.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    /// <summary>Waits (up to 10 seconds) until the program has written a line containing <paramref name="text"/>; the console log is written in the background.</summary>
    public async Task<bool> WroteAsync(string text)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (Output.Any(line => line.Contains(text, StringComparison.Ordinal)))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The program exited with code {_process.ExitCode} before it was ready.");
            }

            try
            {
                if ((await http.GetAsync(new Uri("healthz", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The program did not become healthy within 60 seconds.");
    }

    /// <summary>A loopback port nobody listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FeminaBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (FeminaBot.sln) was not found above the test binaries.");
    }
}
