using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace FeminaBot.Tests.Connector;

/// <summary>
/// The Azure side of a Teams bot on a real loopback HTTPS port: a Microsoft Entra token endpoint
/// (client credentials, as MSAL calls it) and the Bot Connector's conversation API, which refuses a
/// reply without the token it issued and can be told to fail.
/// </summary>
internal sealed class FakeAzure : IAsyncDisposable
{
    public const string IssuedToken = "connector-token-from-fake-entra";
    private readonly WebApplication _app;
    private int _tokenRequests;
    private int _replyAttempts;

    private FakeAzure(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }

    public Uri BaseAddress => new(_app.Urls.First() + "/");

    /// <summary>The Teams service URL the fake connector answers on.</summary>
    public string ServiceUrl => BaseAddress + "amer/";

    public string Authority => BaseAddress + "botframework.com";

    public int TokenRequests => _tokenRequests;

    public int ReplyAttempts => _replyAttempts;

    /// <summary>Faults to answer with, in order: a status and an optional Retry-After in seconds.</summary>
    public ConcurrentQueue<(HttpStatusCode Status, string? RetryAfter)> Faults { get; } = new();

    /// <summary>When set, every reply fails with 503.</summary>
    public bool Down { get; set; }

    /// <summary>The replies the connector accepted, in order, with the path they were posted to.</summary>
    public ConcurrentQueue<(string Path, JsonElement Activity)> Replies { get; } = new();

    public static async Task<FakeAzure> StartAsync(string appId, string password)
    {
        var certificate = SelfSigned();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        var fake = new FakeAzure(app, certificate);

        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpRequest request) =>
        {
            Interlocked.Increment(ref fake._tokenRequests);
            var form = await request.ReadFormAsync();
            if (form["grant_type"] != "client_credentials" || form["client_id"] != appId || form["client_secret"] != password
                || form["scope"] != "https://api.botframework.com/.default")
            {
                return Results.Json(new { error = "invalid_client" }, statusCode: 401);
            }

            return Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = IssuedToken });
        });

        app.MapPost("/amer/v3/conversations/{**path}", async (HttpRequest request, string path) =>
        {
            Interlocked.Increment(ref fake._replyAttempts);
            using var body = await JsonDocument.ParseAsync(request.Body);
            if (request.Headers.Authorization != $"Bearer {IssuedToken}")
            {
                return Results.Json(new { error = new { code = "Unauthorized", message = "Unauthorized" } }, statusCode: 401);
            }

            if (fake.Down)
            {
                return Results.Json(new { error = new { code = "ServiceUnavailable", message = "down" } }, statusCode: 503);
            }

            if (fake.Faults.TryDequeue(out var fault))
            {
                if (fault.RetryAfter is not null)
                {
                    request.HttpContext.Response.Headers.RetryAfter = fault.RetryAfter;
                }

                return Results.Json(new { error = new { code = "Throttled", message = "fault" } }, statusCode: (int)fault.Status);
            }

            fake.Replies.Enqueue((path, body.RootElement.Clone()));
            return Results.Json(new { id = $"1:{Guid.NewGuid():N}" }, statusCode: 201);
        });

        await app.StartAsync();
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Certificate.Dispose();
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
