using FeminaBot.Triage.Content;
using Microsoft.Extensions.Options;

namespace FeminaBot.Twilio;

/// <summary>
/// <c>POST /api/twilio</c>: Twilio's messaging webhook. A bad or missing signature is refused with
/// 403 before anything runs; a MessageSid seen before is answered with nothing; carrier keywords are
/// honoured; anything else is a turn of the conversation.
/// </summary>
internal static partial class TwilioWebhookEndpoint
{
    public static IEndpointRouteBuilder MapTwilio(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/twilio", HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        IOptions<TwilioOptions> options,
        TwilioAdapter adapter,
        SmsDeduplication deduplication,
        SmsOptOuts optOuts,
        SmsNumberKeys keys,
        TriageLanguages languages,
        TimeProvider clock,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return Results.Problem(detail: "SMS is not set up: Twilio:AuthToken and Twilio:PublicUrl are empty.", statusCode: StatusCodes.Status404NotFound);
        }

        if (!request.HasFormContentType)
        {
            return Results.Problem(detail: "Twilio webhooks are form-encoded.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var parameters = form.SelectMany(field => field.Value.Select(value => new KeyValuePair<string, string>(field.Key, value ?? string.Empty))).ToList();
        if (!TwilioSignature.IsValid(request.Headers["X-Twilio-Signature"].ToString(), settings.PublicUrl, parameters, settings.AuthToken)
            || settings.AccountSid.Length > 0 && form["AccountSid"] != settings.AccountSid)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var from = form["From"].ToString();
        if (form["MessageSid"].ToString() is not { Length: > 0 } messageSid || from.Length == 0)
        {
            return Results.Problem(detail: "The webhook has no MessageSid or From.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!await deduplication.FirstTimeAsync(messageSid, cancellationToken))
        {
            return TwiML.Empty();
        }

        var logger = loggers.CreateLogger(typeof(TwilioWebhookEndpoint));
        var activity = SmsActivity.From(form, clock.GetUtcNow(), settings.ApiBaseUrl, keys);
        var optedOut = await optOuts.IsOptedOutAsync(from, cancellationToken);
        var (keyword, keywordLanguage) = SmsKeywords.Read(activity.Text);
        switch (keyword)
        {
            case SmsKeyword.OptOut:
                // Twilio confirms and blocks; the bot stops what it was doing and says nothing.
                LogKeyword(logger, "opt-out", PhoneMask.Of(from));
                await optOuts.OptOutAsync(from, cancellationToken);
                await adapter.ProcessAsync(activity with { Text = "cancel" }, silent: true, cancellationToken);
                return TwiML.Empty();
            case SmsKeyword.OptIn when optedOut || !string.Equals(activity.Text?.Trim(), "yes", StringComparison.OrdinalIgnoreCase):
                LogKeyword(logger, "opt-in", PhoneMask.Of(from));
                await optOuts.OptInAsync(from, cancellationToken);
                return TwiML.Empty();
            case SmsKeyword.Help when optedOut:
                // Twilio answers HELP itself for a number that opted out, and would refuse ours.
                return TwiML.Empty();
            case SmsKeyword.Help:
                // HELP in English, AYUDA in Spanish, whatever the conversation speaks.
                var content = languages.Find(keywordLanguage) ?? languages.Default;
                return TwiML.Messages(SmsRendering.Texts(content.Messages[MessageKeys.SmsHelp], settings));
        }

        if (optedOut)
        {
            return TwiML.Empty();
        }

        try
        {
            return TwiML.Messages(await adapter.ProcessAsync(activity, silent: false, cancellationToken));
        }
        catch (HttpRequestException e)
        {
            // A REST reply Twilio refused after the turn was saved: log it; answering 500 would only
            // make Twilio report an error for a message the bot did handle.
            LogSendFailed(logger, e, PhoneMask.Of(from));
            return TwiML.Empty();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "SMS replies to {From} could not all be sent")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string from);

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS {Keyword} from {From}")]
    private static partial void LogKeyword(ILogger logger, string keyword, string from);
}
