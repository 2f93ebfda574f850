using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FeminaBot.Tests.Connector;

/// <summary>
/// A stand-in for the Bot Framework's token issuer on a real loopback port: its own RSA key, an
/// OpenID metadata document and a key set whose key endorses channels, as login.botframework.com's does.
/// </summary>
internal sealed class TestOpenIdIssuer : IAsyncDisposable
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorIssuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";

    private static readonly string[] Rs256 = ["RS256"];
    private readonly WebApplication _app;

    private TestOpenIdIssuer(WebApplication app, RsaSecurityKey key)
    {
        _app = app;
        Key = key;
    }

    public RsaSecurityKey Key { get; }

    public Uri ChannelMetadata => new(_app.Urls.First() + "/channel/.well-known/openidconfiguration");

    public Uri EmulatorMetadata => new(_app.Urls.First() + "/emulator/.well-known/openid-configuration");

    public static async Task<TestOpenIdIssuer> StartAsync(params string[] endorsements)
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "test-key-1" };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var issuer = new TestOpenIdIssuer(app, key);
        var parameters = key.Rsa.ExportParameters(false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = endorsements,
        };
        app.MapGet("/{kind}/.well-known/{document}", (string kind, HttpContext http) =>
        {
            var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}";
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = kind == "channel" ? ChannelIssuer : EmulatorIssuer,
                ["jwks_uri"] = $"{baseUrl}/{kind}/keys",
                ["id_token_signing_alg_values_supported"] = Rs256,
                ["token_endpoint_auth_signing_alg_values_supported"] = Rs256,
            });
        });
        app.MapGet("/{kind}/keys", () => Results.Json(new { keys = new[] { jwk } }));
        await app.StartAsync();
        return issuer;
    }

    /// <summary>A token as the Bot Connector service issues it, with whatever the test changes.</summary>
    public string Token(
        string audience,
        string serviceUrl,
        string issuer = ChannelIssuer,
        DateTime? expires = null,
        SecurityKey? signingKey = null,
        IDictionary<string, object>? claims = null)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = (expires ?? now.AddHours(1)).AddHours(-2),
            NotBefore = (expires ?? now.AddHours(1)).AddHours(-2),
            Expires = expires ?? now.AddHours(1),
            Claims = new Dictionary<string, object>(claims ?? new Dictionary<string, object>()) { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(signingKey ?? Key, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
