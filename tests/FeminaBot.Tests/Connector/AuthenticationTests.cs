using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FeminaBot.Tests.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace FeminaBot.Tests.Connector;

/// <summary>/api/messages with an app id: every request must carry a token the Bot Connector service would issue.</summary>
public sealed class AuthenticationTests : IAsyncLifetime, IDisposable
{
    private const string AppId = "6f1a2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private readonly FeminaBotFactory _factory = new();
    private TestOpenIdIssuer _issuer = null!;

    public async Task InitializeAsync()
    {
        _issuer = await TestOpenIdIssuer.StartAsync("msteams", "emulator");
        _factory.Settings["MicrosoftAppId"] = AppId;
        _factory.Settings["ToBotFromChannelOpenIdMetadataUrl"] = _issuer.ChannelMetadata.ToString();
        _factory.Settings["ToBotFromEmulatorOpenIdMetadataUrl"] = _issuer.EmulatorMetadata.ToString();
        _factory.Settings["RequireHttpsMetadata"] = "false";
    }

    [Fact]
    public async Task A_valid_Bot_Connector_token_is_accepted()
    {
        var response = await PostAsync(_issuer.Token(AppId, ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static TheoryData<string> Refusals => new() { "wrong audience", "wrong issuer", "expired", "unsigned", "tampered", "unknown key", "other serviceUrl", "no header", "not Bearer", "channel not endorsed" };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_bad_token_is_refused_with_401_and_the_same_generic_answer(string problem)
    {
        var good = _issuer.Token(AppId, ServiceUrl);
        var (header, channel) = problem switch
        {
            "wrong audience" => ($"Bearer {_issuer.Token("another-app", ServiceUrl)}", "msteams"),
            "wrong issuer" => ($"Bearer {_issuer.Token(AppId, ServiceUrl, issuer: "https://evil.example")}", "msteams"),
            "expired" => ($"Bearer {_issuer.Token(AppId, ServiceUrl, expires: DateTime.UtcNow.AddMinutes(-10))}", "msteams"),
            "unsigned" => ($"Bearer {Unsigned(good)}", "msteams"),
            "tampered" => ($"Bearer {Tampered(good)}", "msteams"),
            "unknown key" => ($"Bearer {_issuer.Token(AppId, ServiceUrl, signingKey: new RsaSecurityKey(RSA.Create(2048)) { KeyId = "stranger" })}", "msteams"),
            "other serviceUrl" => ($"Bearer {_issuer.Token(AppId, "https://evil.example/")}", "msteams"),
            "no header" => (string.Empty, "msteams"),
            "not Bearer" => ($"Basic {good}", "msteams"),
            _ => ($"Bearer {good}", "slack"),
        };

        var response = await PostAsync(header.Length > 0 ? header : null, channel, rawHeader: true);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var generic = await (await PostAsync(null, "msteams", rawHeader: true)).Content.ReadAsStringAsync();
        Assert.Equal(Without(generic, "traceId"), Without(body, "traceId"));
        Assert.DoesNotContain("token", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_Emulator_token_for_this_app_is_accepted_and_one_for_another_app_is_not()
    {
        var mine = _issuer.Token(AppId, ServiceUrl, issuer: TestOpenIdIssuer.EmulatorIssuer, claims: new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = AppId });
        var theirs = _issuer.Token(AppId, ServiceUrl, issuer: TestOpenIdIssuer.EmulatorIssuer, claims: new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = "another-app" });

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(mine, "emulator")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(theirs, "emulator")).StatusCode);
    }

    public async Task DisposeAsync() => await _issuer.DisposeAsync();

    public void Dispose() => _factory.Dispose();

    private Task<HttpResponseMessage> PostAsync(string token, string channel = "msteams") => PostAsync($"Bearer {token}", channel, rawHeader: true);

    private async Task<HttpResponseMessage> PostAsync(string? header, string channel, bool rawHeader)
    {
        Assert.True(rawHeader);
        var body = JsonSerializer.Serialize(new
        {
            type = "message",
            id = "1764009903123",
            channelId = channel,
            serviceUrl = ServiceUrl,
            deliveryMode = "expectReplies",
            from = new { id = "29:user" },
            recipient = new { id = "28:" + AppId },
            conversation = new { id = "a:personal-chat", conversationType = "personal" },
            text = "hi",
        });
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        return await _factory.CreateClient().SendAsync(request);
    }

    // Every refusal reads the same, so a caller learns nothing about why; only the trace id differs.
    private static string Without(string problemJson, string member)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(problemJson)!.AsObject();
        node.Remove(member);
        return node.ToJsonString();
    }

    private static string Unsigned(string token)
    {
        var parts = token.Split('.');
        return $"{Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""")}.{parts[1]}.";
    }

    private static string Tampered(string token)
    {
        var parts = token.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace(AppId, AppId, StringComparison.Ordinal).Replace("smba", "smbb", StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }
}
