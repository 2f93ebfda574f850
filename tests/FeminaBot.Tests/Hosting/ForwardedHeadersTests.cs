using System.Net;
using System.Net.Sockets;

namespace FeminaBot.Tests.Hosting;

/// <summary>
/// Whose X-Forwarded-For the real program believes, with the repository's nginx site in front:
/// nginx's (at 127.0.0.1, the configured proxy), and nobody else's. Each client connects from an
/// address of its own in 127.0.0.0/8, as different machines would.
/// </summary>
public sealed class ForwardedHeadersTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-forwarded-").FullName;

    [SkippableFact]
    public async Task A_client_that_sends_X_Forwarded_For_itself_is_limited_by_its_real_address_while_nginx_is_believed()
    {
        RequiredTools.RequireNginx();
        await using var bot = await RunningProgram.StartAsync(Path.Combine(_directory, "feminabot.db"), new Dictionary<string, string>
        {
            ["DirectLine:TokensPerMinute"] = "3",
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
            // ASP.NET's own switch, which would believe anyone, changes nothing.
            ["FORWARDEDHEADERS_ENABLED"] = "true",
        });
        await using var nginx = await NginxProxy.StartAsync([bot.Address, bot.Address]);

        using var direct = ClientAt("127.0.0.5", bot.Address);
        using var parent = ClientAt("127.0.0.6", nginx.Address);
        using var otherParent = ClientAt("127.0.0.7", nginx.Address);
        var directly = await TokenStatusesAsync(direct, 4);
        var throughNginx = await TokenStatusesAsync(parent, 4);
        var otherThroughNginx = await TokenStatusesAsync(otherParent, 1);

        HttpStatusCode[] threeThenRefused = [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests];
        Assert.Equal(threeThenRefused, directly);
        Assert.Equal(threeThenRefused, throughNginx);
        Assert.Equal([HttpStatusCode.OK], otherThroughNginx);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    // Page tokens, each request claiming to come from a different address.
    private static async Task<List<HttpStatusCode>> TokenStatusesAsync(HttpClient client, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/directline/token", UriKind.Relative));
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    private static HttpClient ClientAt(string localAddress, Uri baseAddress) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Parse(localAddress), 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    {
        BaseAddress = baseAddress,
    };
}
