using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace FeminaBot.Storage.Tests.Redis;

/// <summary>
/// A real redis-server on a free loopback port, started for the tests and stopped after. Without
/// Debian's redis-server the tests skip, saying what to install; in CI (FEMINABOT_REQUIRE_ALL=1) they fail.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private const string Binary = "/usr/bin/redis-server";
    private Process? _process;
    private int _port;

    public string? Missing { get; private set; }

    public IConnectionMultiplexer? Connection { get; private set; }

    public string Endpoint { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Binary))
        {
            Missing = "Redis tests need Debian's redis-server (/usr/bin/redis-server missing): apt-get install -y redis-server";
            return;
        }

        _port = FreePort();
        Endpoint = $"127.0.0.1:{_port}";
        Start();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            try
            {
                Connection = await ConnectionMultiplexer.ConnectAsync($"{Endpoint},abortConnect=true,connectTimeout=500");
                return;
            }
            catch (RedisConnectionException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"redis-server did not answer on {Endpoint}.");
    }

    /// <summary>Starts the server on its port.</summary>
    public void Start() => _process = Process.Start(new ProcessStartInfo(Binary, ["--port", _port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
    {
        RedirectStandardOutput = true,
        UseShellExecute = false,
    });

    /// <summary>Freezes the server (SIGSTOP): it keeps its data but answers nothing, as a hung or unreachable store does.</summary>
    public Task PauseAsync() => SignalAsync("-STOP");

    /// <summary>Lets a frozen server go on (SIGCONT).</summary>
    public Task ResumeAsync() => SignalAsync("-CONT");

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [signal, _process!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill!.WaitForExitAsync();
    }

    /// <summary>Skips the calling test when Redis is missing, or fails it in CI.</summary>
    public IConnectionMultiplexer Require()
    {
        if (Missing is not null)
        {
            if (Environment.GetEnvironmentVariable("FEMINABOT_REQUIRE_ALL") == "1")
            {
                throw new InvalidOperationException(Missing);
            }

            Skip.If(true, Missing);
        }

        return Connection!;
    }

    public async Task DisposeAsync()
    {
        if (Connection is not null)
        {
            await Connection.DisposeAsync();
        }

        if (_process is { HasExited: false })
        {
            await ResumeAsync();
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
