namespace FeminaBot.Twilio;

/// <summary>SMS through Twilio (section <c>Twilio</c>). The webhook is off until an auth token is set.</summary>
public sealed class TwilioOptions
{
    public const string Section = "Twilio";

    /// <summary>The account SID (<c>AC...</c>); webhooks from other accounts are refused.</summary>
    public string AccountSid { get; set; } = string.Empty;

    /// <summary>The auth token: it signs Twilio's webhooks and, without an API key, authenticates REST calls.</summary>
    public string AuthToken { get; set; } = string.Empty;

    /// <summary>
    /// The secret that keys the hashes standing for phone numbers in the state store; empty: derived
    /// from <see cref="AuthToken"/>, so rotating the token starts SMS conversations afresh.
    /// </summary>
    public string NumberHashSecret { get; set; } = string.Empty;

    /// <summary>An API key SID (<c>SK...</c>) for REST calls instead of the auth token.</summary>
    public string ApiKeySid { get; set; } = string.Empty;

    public string ApiKeySecret { get; set; } = string.Empty;

    /// <summary>The clinic's Twilio number in E.164 (<c>+1...</c>), the sender of REST messages.</summary>
    public string PhoneNumber { get; set; } = string.Empty;

    /// <summary>A Messaging Service SID (<c>MG...</c>) to send from instead of <see cref="PhoneNumber"/>.</summary>
    public string MessagingServiceSid { get; set; } = string.Empty;

    /// <summary>
    /// The webhook's URL exactly as configured in Twilio (scheme, host, port, path, query). Twilio signs
    /// this URL, so behind a proxy it must come from here, never from the request's Host header.
    /// </summary>
    public string PublicUrl { get; set; } = string.Empty;

    /// <summary><c>TwiML</c> (default): replies in the webhook's answer. <c>Rest</c>: through the Messages API.</summary>
    public TwilioReplyMode ReplyMode { get; set; } = TwilioReplyMode.TwiML;

    /// <summary>The base address of Twilio's REST API.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://api.twilio.com/");

    /// <summary>Longer replies are split at sentence boundaries into messages of at most this many segments.</summary>
    public int MaxSegmentsPerMessage { get; set; } = 2;

    /// <summary>
    /// Whether á í ó ú (letters GSM-7 lacks) are sent without their accents. One such letter makes a
    /// whole text UCS-2, which fits 70 characters a segment instead of 160. <c>WhenFewerTexts</c>
    /// (default): a reply's accents go only when that spares the parent a text; <c>Never</c>: always
    /// kept; <c>Always</c>: always dropped. Only the texts change, never the content.
    /// </summary>
    public TransliterationMode Transliterate { get; set; } = TransliterationMode.WhenFewerTexts;

    /// <summary>The first wait before retrying a send Twilio refused for load (429) or unavailability (503); it doubles each time.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether the webhook can check signatures.</summary>
    public bool Enabled => !string.IsNullOrEmpty(AuthToken) && !string.IsNullOrEmpty(PublicUrl);

    /// <summary>Whether texts can go out outside a webhook's answer (a check-in): an account, REST credentials and a sender.</summary>
    public bool CanSendRest =>
        Enabled
        && AccountSid.Length > 0
        && (ApiKeySid.Length == 0 || ApiKeySecret.Length > 0)
        && (PhoneNumber.Length > 0 || MessagingServiceSid.Length > 0);
}

/// <summary>How the bot's SMS replies travel.</summary>
public enum TwilioReplyMode
{
    /// <summary>In the webhook's answer.</summary>
    TwiML,

    /// <summary>Through the Messages REST API.</summary>
    Rest,
}

/// <summary>When the SMS texts drop the accents GSM-7 lacks (<see cref="SmsAccents"/>).</summary>
public enum TransliterationMode
{
    /// <summary>Accents kept: a text with one goes as UCS-2.</summary>
    Never,

    /// <summary>A reply's accents dropped when that makes it fewer texts, else kept.</summary>
    WhenFewerTexts,

    /// <summary>Accents always dropped, as GSM-7 can carry it.</summary>
    Always,
}
