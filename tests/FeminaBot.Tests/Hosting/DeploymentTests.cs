using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FeminaBot.Storage.Tests.Redis;
using FeminaBot.Tests.DirectLine;

namespace FeminaBot.Tests.Hosting;

/// <summary>
/// The deployment in deploy/ as it runs: two real instances on one Redis behind nginx with the
/// repository's own site configuration, the image's health probe, and the files kept consistent.
/// </summary>
public sealed partial class DeploymentTests(RedisServer redis) : IClassFixture<RedisServer>, IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-deploy-").FullName;
    private readonly string _prefix = $"deploy-{Guid.NewGuid():N}:";

    [SkippableFact]
    public async Task Behind_nginx_the_chat_page_Direct_Line_and_its_stream_work_with_requests_spread_over_both_instances()
    {
        redis.Require();
        RequiredTools.RequireNginx();
        await using var bot1 = await StartInstanceAsync("bot1");
        await using var bot2 = await StartInstanceAsync("bot2");
        await using var nginx = await NginxProxy.StartAsync([bot1.Address, bot2.Address]);
        using var http = new HttpClient { BaseAddress = nginx.Address };

        Assert.Contains("webchat", await http.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.OrdinalIgnoreCase);
        var token = await (await http.PostAsync(new Uri("/api/directline/token", UriKind.Relative), null)).Content.ReadFromJsonAsync<JsonElement>();
        var bearer = token.GetProperty("token").GetString()!;
        var conversationId = token.GetProperty("conversationId").GetString()!;
        using var start = Request(HttpMethod.Post, "/v3/directline/conversations", bearer);
        var started = await (await http.SendAsync(start)).Content.ReadFromJsonAsync<JsonElement>();
        var streamUrl = new Uri(started.GetProperty("streamUrl").GetString()!);

        // The stream address names nginx, not an instance: the program sees the Host nginx was asked for.
        Assert.Equal(nginx.Address.Authority, streamUrl.Authority);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(streamUrl, CancellationToken.None);
        await DirectLineClient.ReceiveSetAsync(socket, Wait);

        // Round robin sends these to both instances in turn; each reaches the one stream.
        foreach (var text in new[] { "I have a plugged duct", "no", "no" })
        {
            using var post = Request(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", bearer, JsonSerializer.Serialize(new { type = "message", text, from = new { id = "x" } }));
            Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(post)).StatusCode);
        }

        var heard = await DirectLineClient.CollectUntilAsync(socket, set => set.Any(a => DirectLineClient.Text(a) == "Have you had a fever since this started? If you took your temperature, tell me the reading."), Wait);
        Assert.Equal(["I have a plugged duct", "no", "no"], heard.Where(a => a.GetProperty("from").GetProperty("role").GetString() == "user").Select(DirectLineClient.Text));
    }

    [Fact]
    public async Task The_images_health_probe_exits_0_while_the_program_is_healthy_and_1_once_it_is_gone()
    {
        var program = await RunningProgram.StartAsync(Path.Combine(_directory, "probe", "feminabot.db"));
        var health = new Uri(program.Address, "healthz").ToString();

        var whileUp = await ProbeAsync(health);
        await program.DisposeAsync();
        var afterwards = await ProbeAsync(health);

        Assert.Equal(0, whileUp.ExitCode);
        Assert.Equal(1, afterwards.ExitCode);
        Assert.Contains("did not answer", afterwards.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_image_restores_every_project_the_program_is_built_from()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RunningProgram.RepositoryRoot, "Dockerfile"));
        var copied = CopiedProject().Matches(dockerfile).Select(m => m.Groups["path"].Value).ToHashSet(StringComparer.Ordinal);

        var needed = Directory.GetFiles(Path.Combine(RunningProgram.RepositoryRoot, "src"), "*.csproj", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RunningProgram.RepositoryRoot, path).Replace('\\', '/'));

        Assert.All(needed, project => Assert.Contains(project, copied));
        Assert.Matches(@"(?m)^USER \$APP_UID$", dockerfile);
        Assert.Matches(@"(?m)^HEALTHCHECK .*\n\s+CMD \[""dotnet"", ""/app/FeminaBot.dll"", ""healthcheck"", ""http://localhost:8080/healthz""\]", dockerfile);
    }

    [Fact]
    public void nginx_sends_to_exactly_the_instances_compose_runs()
    {
        var compose = File.ReadAllText(Path.Combine(RunningProgram.RepositoryRoot, "deploy", "compose.yaml"));
        var site = File.ReadAllText(Path.Combine(RunningProgram.RepositoryRoot, "deploy", "nginx.conf"));

        var bots = ComposeBotService().Matches(compose).Select(m => m.Groups["name"].Value).Order();
        var upstream = UpstreamHost().Matches(site).Select(m => m.Groups["name"].Value).Order();

        Assert.Equal(["bot1", "bot2"], bots);
        Assert.Equal(bots, upstream);
    }

    [Fact]
    public void The_instances_believe_forwarded_headers_from_nginxs_fixed_address_only()
    {
        var compose = File.ReadAllText(Path.Combine(RunningProgram.RepositoryRoot, "deploy", "compose.yaml"));

        var nginxAddress = NginxAddress().Match(compose);
        var trusted = TrustedProxy().Matches(compose).Select(m => m.Groups["address"].Value).ToList();
        var subnet = System.Net.IPNetwork.Parse(Subnet().Match(compose).Groups["subnet"].Value);

        Assert.True(nginxAddress.Success, "compose.yaml gives nginx no fixed address.");
        Assert.Equal([nginxAddress.Groups["address"].Value], trusted);
        Assert.True(subnet.Contains(System.Net.IPAddress.Parse(trusted[0])), $"{trusted[0]} is outside {subnet}.");
        Assert.DoesNotMatch(@"(?m)^\s+ASPNETCORE_FORWARDEDHEADERS_ENABLED:", compose);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private Task<RunningProgram> StartInstanceAsync(string name) =>
        RunningProgram.StartAsync(Path.Combine(_directory, name, "feminabot.db"), new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Redis",
            ["Storage:Redis"] = redis.Endpoint,
            ["Storage:RedisKeyPrefix"] = _prefix,
        });

    private static HttpRequestMessage Request(HttpMethod method, string path, string bearer, string? json = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return request;
    }

    /// <summary>Runs the image's health probe (the program's healthcheck command) against <paramref name="address"/>.</summary>
    internal static async Task<(int ExitCode, string Error)> ProbeAsync(string address)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "FeminaBot.dll"), "healthcheck", address])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, error);
    }

    [GeneratedRegex(@"(?m)^COPY (?<path>src/\S+\.csproj) ")]
    private static partial Regex CopiedProject();

    [GeneratedRegex(@"(?m)^  (?<name>bot\d+):$")]
    private static partial Regex ComposeBotService();

    [GeneratedRegex(@"server\s+(?<name>bot\d+):8080")]
    private static partial Regex UpstreamHost();

    [GeneratedRegex(@"(?m)^  nginx:\n(?:    .*\n)*?\s+ipv4_address: (?<address>\S+)$")]
    private static partial Regex NginxAddress();

    [GeneratedRegex(@"(?m)^\s+ForwardedHeaders__Known\w+__\d+: (?<address>\S+)$")]
    private static partial Regex TrustedProxy();

    [GeneratedRegex(@"(?m)^\s+- subnet: (?<subnet>\S+)$")]
    private static partial Regex Subnet();
}
