using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using FeminaBot.Tests.Hosting;

namespace FeminaBot.Tests.Connector;

/// <summary>
/// Without an app id, /api/messages is the Emulator's: the real server answers only clients on its own
/// machine, unless a setting lets more in, and replies only to a serviceUrl on its own machine, so
/// nobody can make it POST elsewhere.
/// </summary>
public sealed class AnonymousEndpointTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-anonymous-").FullName;

    [Fact]
    public async Task A_client_on_the_same_machine_is_answered()
    {
        await using var program = await StartAsync();
        using var http = new HttpClient { BaseAddress = program.Address };

        var replies = await EmulatorTurn.SayAsync(http, "c-local", "u-local", "a1", "what are your hours?");

        Assert.NotEmpty(replies);
    }

    [Fact]
    public async Task A_client_from_another_address_is_refused_with_403_and_the_bot_does_nothing()
    {
        await using var program = await StartAsync();
        using var http = new HttpClient { BaseAddress = OtherAddress(program) };

        var response = await EmulatorTurn.PostAsync(http, "c-remote", "u-remote", "a1", "what are your hours?");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("MicrosoftAppId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_setting_that_lets_any_address_in_lets_another_address_in()
    {
        await using var program = await StartAsync(new Dictionary<string, string> { ["AllowAnonymousFromAnyAddress"] = "true" });
        using var http = new HttpClient { BaseAddress = OtherAddress(program) };

        var replies = await EmulatorTurn.SayAsync(http, "c-allowed", "u-allowed", "a1", "what are your hours?");

        Assert.NotEmpty(replies);
    }

    [Fact]
    public async Task A_serviceUrl_off_this_machine_is_refused_and_never_called()
    {
        await using var program = await StartAsync(new Dictionary<string, string> { ["AllowAnonymousFromAnyAddress"] = "true" });
        using var target = new TcpListener(NonLoopbackAddress(), 0);
        target.Start();
        using var http = new HttpClient { BaseAddress = program.Address };
        var body = JsonSerializer.Serialize(new
        {
            type = "message",
            text = "hi",
            channelId = "emulator",
            serviceUrl = $"http://{target.LocalEndpoint}/",
            from = new { id = "u" },
            recipient = new { id = "bot" },
            conversation = new { id = "c-forged" },
        });

        var response = await http.PostAsync(new Uri("api/messages", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        await Task.Delay(300);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(target.Pending(), "the bot connected to the forged serviceUrl");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Task<RunningProgram> StartAsync(Dictionary<string, string>? settings = null) =>
        RunningProgram.StartAsync(Path.Combine(_directory, Guid.NewGuid().ToString("N"), "feminabot.db"), settings, everyInterface: true);

    private static Uri OtherAddress(RunningProgram program) => new($"http://{NonLoopbackAddress()}:{program.Address.Port}/");

    // The machine's own address on a network interface: a client using it is not on loopback.
    private static IPAddress NonLoopbackAddress() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
        ?? throw new InvalidOperationException("These tests need a network interface other than loopback.");
}
