using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace FeminaBot.Twilio;

/// <summary>
/// Sends texts through Twilio's Messages REST resource. Retries (set up with the HttpClient) cover
/// only 429 and 503, which Twilio answers before it accepts a message, so a parent never gets the
/// same text twice. A 21610 answer means the number opted out: it is recorded and nothing more is sent.
/// </summary>
internal sealed partial class TwilioMessagesClient(IHttpClientFactory httpClients, IOptions<TwilioOptions> options, SmsOptOuts optOuts, ILogger<TwilioMessagesClient> logger)
{
    public const string HttpClientName = "twilio";
    private const int OptedOutCode = 21610;

    /// <summary>Sends one text; returns the message SID, or null when the number has opted out.</summary>
    public async Task<string?> SendAsync(string to, string from, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var form = new Dictionary<string, string> { ["To"] = to, ["Body"] = body };
        if (settings.MessagingServiceSid.Length > 0)
        {
            form["MessagingServiceSid"] = settings.MessagingServiceSid;
        }
        else
        {
            form["From"] = settings.PhoneNumber.Length > 0 ? settings.PhoneNumber : from;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.ApiBaseUrl, $"2010-04-01/Accounts/{Uri.EscapeDataString(settings.AccountSid)}/Messages.json"))
        {
            Content = new FormUrlEncodedContent(form),
        };
        var (user, password) = settings.ApiKeySid.Length > 0 ? (settings.ApiKeySid, settings.ApiKeySecret) : (settings.AccountSid, settings.AuthToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        var json = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return ReadString(json, "sid");
        }

        var code = ReadInt(json, "code");
        if (response.StatusCode == HttpStatusCode.BadRequest && code == OptedOutCode)
        {
            LogOptedOut(PhoneMask.Of(to));
            await optOuts.OptOutAsync(to, cancellationToken);
            return null;
        }

        LogRefused((int)response.StatusCode, code, PhoneMask.Of(to));
        throw new HttpRequestException($"Twilio refused the message: HTTP {(int)response.StatusCode}, code {code}.", null, response.StatusCode);
    }

    private static string? ReadString(string json, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int? ReadInt(string json, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS to {To} refused: the number opted out")]
    private partial void LogOptedOut(string to);

    [LoggerMessage(Level = LogLevel.Error, Message = "SMS to {To} refused by Twilio: HTTP {Status}, code {Code}")]
    private partial void LogRefused(int status, int? code, string to);
}
