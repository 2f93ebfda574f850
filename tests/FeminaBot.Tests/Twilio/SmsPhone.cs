using System.Net;
using System.Xml.Linq;
using FeminaBot.Tests.Hosting;
using FeminaBot.Twilio;

namespace FeminaBot.Tests.Twilio;

/// <summary>A parent's phone texting the clinic's number: each text becomes a webhook signed as Twilio signs it.</summary>
internal sealed class SmsPhone(FeminaBotFactory factory, string number = "+13105550123")
{
    public const string PublicUrl = "https://bot.example.org/api/twilio";
    public const string AuthToken = "twilio-test-auth-token";
    public const string AccountSid = "AC00000000000000000000000000000001";
    public const string ClinicNumber = "+18185550100";

    private readonly HttpClient _http = factory.CreateClient();
    private int _sent;

    public static void Configure(FeminaBotFactory factory, TwilioReplyMode mode = TwilioReplyMode.TwiML)
    {
        factory.Settings["Twilio:AuthToken"] = AuthToken;
        factory.Settings["Twilio:AccountSid"] = AccountSid;
        factory.Settings["Twilio:PublicUrl"] = PublicUrl;
        factory.Settings["Twilio:PhoneNumber"] = ClinicNumber;
        factory.Settings["Twilio:ReplyMode"] = mode.ToString();
    }

    /// <summary>Texts the bot; returns the HTTP status and the texts of the TwiML answer.</summary>
    public async Task<(HttpStatusCode Status, List<string> Replies)> TextAsync(string body, string? messageSid = null, string? signature = null, Dictionary<string, string>? extra = null)
    {
        var form = new Dictionary<string, string>
        {
            ["ToCountry"] = "US",
            ["SmsMessageSid"] = messageSid ?? NextSid(),
            ["NumMedia"] = "0",
            ["Body"] = body,
            ["To"] = ClinicNumber,
            ["From"] = number,
            ["AccountSid"] = AccountSid,
            ["ApiVersion"] = "2010-04-01",
            ["SmsStatus"] = "received",
        };
        form["MessageSid"] = form["SmsMessageSid"];
        foreach (var (key, value) in extra ?? [])
        {
            form[key] = value;
        }

        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/twilio", UriKind.Relative)) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", signature ?? TwilioSignature.Compute(PublicUrl, form, AuthToken));
        var response = await _http.SendAsync(request);
        var replies = new List<string>();
        if (response.Content.Headers.ContentType?.MediaType == "text/xml")
        {
            var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
            replies.AddRange(xml.Root!.Elements("Message").Select(m => m.Value));
        }

        return (response.StatusCode, replies);
    }

    private string NextSid() => $"SM{Interlocked.Increment(ref _sent):D32}";
}
