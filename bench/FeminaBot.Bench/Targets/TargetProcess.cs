using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using FeminaBot.Bench.Load;

namespace FeminaBot.Bench.Targets;

/// <summary>A server the benchmark starts on a free loopback port, measures through /api/messages, and stops.</summary>
internal sealed class TargetProcess : IAsyncDisposable
{
    private readonly Process _process;

    private TargetProcess(string name, Process process, Uri address)
    {
        Name = name;
        _process = process;
        Address = address;
    }

    public string Name { get; }

    public Uri Address { get; }

    public Uri Messages => new(Address, "api/messages");

    public int Pid => _process.Id;

    /// <summary>CPU time and memory of the server now.</summary>
    public ServerProcess? Sample() => ServerProcess.Read(_process.Id);

    /// <summary>Starts <paramref name="command"/>; <paramref name="arguments"/> and <paramref name="environment"/> may use {port}.</summary>
    public static async Task<TargetProcess> StartAsync(string name, string command, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(command)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument.Replace("{port}", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value.Replace("{port}", port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is { } data && errors.Count < 20)
            {
                errors.Enqueue(data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var target = new TargetProcess(name, process, new Uri($"http://127.0.0.1:{port}/"));
        await target.WaitUntilAnsweringAsync(errors);
        return target;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    // Any HTTP answer means the server is up; the anchor has no health route.
    private async Task WaitUntilAnsweringAsync(System.Collections.Concurrent.ConcurrentQueue<string> errors)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode}: {string.Join(Environment.NewLine, errors)}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(Address, "healthz"));
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"{Name} did not answer within 60 seconds.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
