using System.Collections.Concurrent;
using System.Net;
using System.Text;
using FeminaBot.Tests.Hosting;
using FeminaBot.Twilio;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace FeminaBot.Tests.Twilio;

/// <summary>
/// Twilio's Messages resource on a real loopback port, speaking its wire format (form in, 201 JSON
/// out, error JSON with Twilio's codes), with faults a test can queue.
/// </summary>
internal sealed class FakeTwilio : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeTwilio(WebApplication app) => _app = app;

    public Uri BaseAddress => new(_app.Urls.First() + "/");

    /// <summary>Answers to give, in order, before accepting messages again.</summary>
    public ConcurrentQueue<HttpStatusCode> Faults { get; } = new();

    /// <summary>Numbers that have texted STOP, as Twilio's block list has them.</summary>
    public ConcurrentBag<string> Blocked { get; } = [];

    /// <summary>Every message accepted, in order.</summary>
    public ConcurrentQueue<(string To, string From, string Body)> Messages { get; } = new();

    public int Attempts => _attempts;

    /// <summary>Starts the fake and sets <paramref name="factory"/>'s program up to text through it (with REST credentials), replies in <paramref name="mode"/>.</summary>
    public static async Task<FakeTwilio> StartForAsync(FeminaBotFactory factory, TwilioReplyMode mode = TwilioReplyMode.TwiML)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var twilio = await StartAsync(SmsPhone.AccountSid, SmsPhone.AuthToken);
        SmsPhone.Configure(factory, mode);
        factory.Settings["Twilio:ApiBaseUrl"] = twilio.BaseAddress.ToString();
        return twilio;
    }

    /// <summary>The one message accepted, waiting for it a while: a check-in is sent by the program on its own time.</summary>
    public async Task<(string To, string From, string Body)> OneMessageAsync()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (Messages.IsEmpty && watch.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(50);
        }

        return Assert.Single(Messages);
    }

    private int _attempts;

    public static async Task<FakeTwilio> StartAsync(string accountSid, string authToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeTwilio(app);
        var expectedAuth = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{accountSid}:{authToken}"));
        app.MapPost("/2010-04-01/Accounts/{sid}/Messages.json", async (string sid, HttpRequest request) =>
        {
            Interlocked.Increment(ref fake._attempts);
            var form = await request.ReadFormAsync();
            if (sid != accountSid || request.Headers.Authorization != expectedAuth)
            {
                return Error(HttpStatusCode.Unauthorized, 20003, "Authenticate");
            }

            if (fake.Faults.TryDequeue(out var fault))
            {
                return fault == HttpStatusCode.TooManyRequests
                    ? Error(fault, 20429, "Too Many Requests", retryAfter: "0")
                    : Error(fault, 20500, "Service unavailable");
            }

            var to = form["To"].ToString();
            if (fake.Blocked.Contains(to))
            {
                return Error(HttpStatusCode.BadRequest, 21610, "Attempt to send to unsubscribed recipient");
            }

            fake.Messages.Enqueue((to, form["From"].ToString(), form["Body"].ToString()));
            var messageSid = $"SM{Guid.NewGuid():N}";
            return Results.Json(new { sid = messageSid, status = "queued", to, body = form["Body"].ToString(), error_code = (int?)null, num_segments = "1" }, statusCode: 201);
        });
        await app.StartAsync();
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static IResult Error(HttpStatusCode status, int code, string message, string? retryAfter = null) => new TwilioError((int)status, code, message, retryAfter);

    private sealed class TwilioError(int status, int code, string message, string? retryAfter) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            if (retryAfter is not null)
            {
                httpContext.Response.Headers.RetryAfter = retryAfter;
            }

            return httpContext.Response.WriteAsJsonAsync(new { code, message, more_info = $"https://www.twilio.com/docs/errors/{code}", status });
        }
    }
}
