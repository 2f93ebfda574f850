using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace FeminaBot.Tests.Hosting;

/// <summary>
/// Debian's nginx running deploy/nginx.conf, as compose runs it, with only the addresses changed:
/// the upstream servers become the test's instances and it listens on a free loopback port.
/// </summary>
internal sealed partial class NginxProxy : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;

    private NginxProxy(Process process, string directory, Uri address)
    {
        _process = process;
        _directory = directory;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<NginxProxy> StartAsync(IReadOnlyList<Uri> instances)
    {
        var directory = Directory.CreateTempSubdirectory("feminabot-nginx-").FullName;
        var port = RunningProgram.FreePort();
        var site = await File.ReadAllTextAsync(Path.Combine(RunningProgram.RepositoryRoot, "deploy", "nginx.conf"));
        var servers = UpstreamServer().Matches(site);
        if (servers.Count != instances.Count)
        {
            throw new InvalidOperationException($"deploy/nginx.conf names {servers.Count} upstream servers; the test runs {instances.Count} instances.");
        }

        var index = 0;
        site = UpstreamServer().Replace(site, match => $"server {instances[index++].Authority}{match.Groups["options"].Value};");
        site = site.Replace("listen 80;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(directory, "site.conf"), site);

        // The image's main configuration, reduced to what a non-root nginx needs in a scratch folder.
        await File.WriteAllTextAsync(Path.Combine(directory, "nginx.conf"), $$"""
            daemon off;
            pid {{directory}}/nginx.pid;
            error_log {{directory}}/error.log warn;
            events { worker_connections 256; }
            http {
                access_log off;
                client_body_temp_path {{directory}}/body;
                proxy_temp_path {{directory}}/proxy;
                include {{directory}}/site.conf;
            }
            """);

        var process = Process.Start(new ProcessStartInfo(RequiredTools.Nginx, ["-p", directory, "-c", Path.Combine(directory, "nginx.conf"), "-e", Path.Combine(directory, "error.log")])
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("nginx did not start.");
        var proxy = new NginxProxy(process, directory, new Uri($"http://127.0.0.1:{port}/"));
        await proxy.WaitUntilListeningAsync(port);
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        // The workers are the master's children: stop them all, or they outlive the test.
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task WaitUntilListeningAsync(int port)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_process.HasExited)
            {
                var log = Path.Combine(_directory, "error.log");
                throw new InvalidOperationException($"nginx exited: {(File.Exists(log) ? await File.ReadAllTextAsync(log) : await _process.StandardError.ReadToEndAsync())}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException("nginx did not listen within 5 seconds.");
    }

    [GeneratedRegex(@"server\s+bot\d+:8080(?<options>[^;]*);")]
    private static partial Regex UpstreamServer();
}
