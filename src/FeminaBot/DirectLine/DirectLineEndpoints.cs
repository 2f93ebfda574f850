using System.Globalization;
using System.Text.Json;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Storage;
using FeminaBot.DirectLine.Logs;

namespace FeminaBot.DirectLine;

/// <summary>
/// The Direct Line 3.0 API under <c>/v3/directline</c>, enough for the real Web Chat widget and any
/// DirectLineJS client: tokens, conversations, activities with watermarks, and the WebSocket stream.
/// </summary>
internal static partial class DirectLineEndpoints
{
    public const string CorsPolicy = "directline";

    public const string TokenRateLimit = "directline-tokens";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        // The chat page's own way in: a token for a new conversation, or for its own when it comes back for a check-in; no secret needed.
        app.MapPost("/api/directline/token", PageTokens.IssueAsync).RequireCors(CorsPolicy).RequireRateLimiting(TokenRateLimit).DisableAntiforgery().AddEndpointFilter(UnavailableStore);

        var api = app.MapGroup("/v3/directline").RequireCors(CorsPolicy).DisableAntiforgery().AddEndpointFilter(UnavailableStore);
        api.MapPost("/tokens/generate", GenerateAsync);
        api.MapPost("/tokens/refresh", Refresh);
        api.MapPost("/conversations", StartAsync);
        api.MapGet("/conversations/{conversationId}", Reconnect);
        api.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        api.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        api.MapGet("/conversations/{conversationId}/stream", DirectLineStream.AcceptAsync);
        return app;
    }

    private static async Task<IResult> GenerateAsync(HttpRequest request, DirectLineTokens tokens, CancellationToken cancellationToken)
    {
        if (DirectLineCaller.From(DirectLineCaller.Bearer(request), tokens) is not DirectLineCaller.WithSecret)
        {
            return DirectLineResults.Unauthorized();
        }

        var userId = DirectLineIds.NewUserId();
        if (request.ContentLength is > 0)
        {
            TokenParameters? parameters;
            try
            {
                parameters = await JsonSerializer.DeserializeAsync(request.Body, DirectLineJsonContext.Default.TokenParameters, cancellationToken);
            }
            catch (JsonException)
            {
                return DirectLineResults.BadArgument("The body is not valid token parameters.");
            }

            if (parameters?.User?.Id is { Length: > 0 } requested)
            {
                if (!requested.StartsWith("dl_", StringComparison.Ordinal))
                {
                    return DirectLineResults.BadArgument("A user id bound to a token must start with 'dl_'.");
                }

                userId = requested;
            }
        }

        var conversationId = DirectLineIds.NewConversationId();
        return DirectLineResults.Conversation(new DirectLineConversationResponse(conversationId, tokens.Issue(conversationId, userId), tokens.LifetimeSeconds));
    }

    private static IResult Refresh(HttpRequest request, DirectLineTokens tokens) =>
        DirectLineCaller.From(DirectLineCaller.Bearer(request), tokens) switch
        {
            DirectLineCaller.WithToken { Token: var token } => DirectLineResults.Conversation(
                new DirectLineConversationResponse(token.ConversationId, tokens.Issue(token.ConversationId, token.UserId), tokens.LifetimeSeconds)),
            DirectLineCaller.Expired => DirectLineResults.Expired(),
            _ => DirectLineResults.Unauthorized(),
        };

    private static async Task<IResult> StartAsync(HttpRequest request, DirectLineTokens tokens, IDirectLineLog log, DirectLineAdapter adapter, TimeProvider clock, CancellationToken cancellationToken)
    {
        var caller = DirectLineCaller.From(DirectLineCaller.Bearer(request), tokens);
        string conversationId, userId, token;
        switch (caller)
        {
            case DirectLineCaller.WithToken withToken:
                (conversationId, userId, token) = (withToken.Token.ConversationId, withToken.Token.UserId, withToken.Raw);
                break;
            case DirectLineCaller.WithSecret:
                conversationId = DirectLineIds.NewConversationId();
                userId = DirectLineIds.NewUserId();
                token = tokens.Issue(conversationId, userId);
                break;
            case DirectLineCaller.Expired:
                return DirectLineResults.Expired();
            default:
                return DirectLineResults.Unauthorized();
        }

        var locale = await ConversationStart.LocaleAsync(request, cancellationToken);
        var watermark = (await log.AfterAsync(conversationId, int.MaxValue, cancellationToken)).Watermark;
        var started = await log.TryStartAsync(conversationId, cancellationToken);
        if (started)
        {
            // Tell the bot someone joined, in the client's language, so it greets; the greeting waits in the log for the stream.
            var join = Incoming(request, conversationId, userId, ActivityTypes.ConversationUpdate, clock) with
            {
                MembersAdded = [new ChannelAccount(userId) { Role = RoleTypes.User }, Bot],
                Locale = locale,
            };
            await adapter.ProcessAsync(join, cancellationToken);
        }

        var response = new DirectLineConversationResponse(conversationId, token, tokens.LifetimeSeconds, StreamUrl(request, conversationId, token, watermark));
        return DirectLineResults.Conversation(response, started ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static IResult Reconnect(string conversationId, HttpRequest request, DirectLineTokens tokens, string? watermark = null) =>
        Authorize(request, tokens, conversationId) switch
        {
            DirectLineCaller.WithToken caller => DirectLineResults.Conversation(new DirectLineConversationResponse(
                conversationId, caller.Raw, tokens.LifetimeSeconds, StreamUrl(request, conversationId, caller.Raw, ParseWatermark(watermark) ?? 0))),
            var refused => Refusal(refused),
        };

    private static async Task<IResult> GetActivitiesAsync(string conversationId, HttpRequest request, DirectLineTokens tokens, IDirectLineLog log, CancellationToken cancellationToken, string? watermark = null)
    {
        if (Authorize(request, tokens, conversationId) is not DirectLineCaller.WithToken and not DirectLineCaller.WithSecret and var refused)
        {
            return Refusal(refused);
        }

        var (activities, next) = await log.AfterAsync(conversationId, ParseWatermark(watermark) ?? 0, cancellationToken);
        return DirectLineResults.Activities(ActivitySetJson.Write(activities.Where(a => a.Type != ActivityTypes.Typing).ToList(), next));
    }

    private static async Task<IResult> PostActivityAsync(string conversationId, HttpRequest request, DirectLineTokens tokens, IDirectLineLog log, DirectLineAdapter adapter, ActivityRateLimit rateLimit, TimeProvider clock, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var caller = Authorize(request, tokens, conversationId);
        if (caller is not DirectLineCaller.WithToken and not DirectLineCaller.WithSecret)
        {
            return Refusal(caller);
        }

        if (!rateLimit.TryTake(conversationId))
        {
            request.HttpContext.Response.Headers.RetryAfter = "60";
            return DirectLineResults.Error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "This conversation is sending too fast; please wait a minute.");
        }

        Activity? posted;
        try
        {
            posted = await JsonSerializer.DeserializeAsync(request.Body, ActivityJson.Activity, cancellationToken);
        }
        catch (JsonException)
        {
            return DirectLineResults.BadArgument("The body is not a valid activity in JSON.");
        }

        if (posted is null || string.IsNullOrEmpty(posted.Type))
        {
            return DirectLineResults.BadArgument("The activity has no type.");
        }

        // A token-bound user is forced onto every activity; only a secret holder names its own user.
        var userId = caller is DirectLineCaller.WithToken withToken ? withToken.Token.UserId : posted.From?.Id ?? DirectLineIds.NewUserId();
        var incoming = posted with
        {
            ChannelId = Channels.Directline,
            ServiceUrl = ServiceUrl(request),
            Conversation = new ConversationAccount(conversationId),
            From = new ChannelAccount(userId, posted.From?.Name) { Role = RoleTypes.User },
            Recipient = Bot,
            Timestamp = clock.GetUtcNow(),
        };

        // The client's own activity goes into the log first, with its id and channel data, so Web
        // Chat sees its echo and marks the message sent.
        var stored = await log.AppendAsync(conversationId, incoming, cancellationToken);
        try
        {
            await adapter.ProcessAsync(stored, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException and not StorageUnavailableException)
        {
            LogBotFailed(loggers.CreateLogger(typeof(DirectLineEndpoints)), e);
            return DirectLineResults.Error(StatusCodes.Status502BadGateway, "BotRejectedActivity", "The bot could not handle the activity.");
        }

        return Results.Json(new ResourceResponse(stored.Id), ActivityJson.ResourceResponse);
    }

    // The shared log or token key out of reach (Redis down) is 503 with Retry-After; Web Chat retries.
    private static async ValueTask<object?> UnavailableStore(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (StorageUnavailableException) when (!context.HttpContext.Response.HasStarted)
        {
            context.HttpContext.Response.Headers.RetryAfter = "5";
            return DirectLineResults.Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The service is busy for a moment; please try again.");
        }
    }

    /// <summary>The caller, with a valid token for another conversation counted as foreign.</summary>
    internal static DirectLineCaller Authorize(HttpRequest request, DirectLineTokens tokens, string conversationId, string? credential = null)
    {
        var caller = DirectLineCaller.From(credential ?? DirectLineCaller.Bearer(request), tokens);
        return caller is DirectLineCaller.WithToken withToken && withToken.Token.ConversationId != conversationId
            ? new DirectLineCaller.Foreign()
            : caller;
    }

    internal static IResult Refusal(DirectLineCaller caller) => caller switch
    {
        DirectLineCaller.Expired => DirectLineResults.Expired(),
        DirectLineCaller.Foreign => DirectLineResults.Forbidden(),
        _ => DirectLineResults.Unauthorized(),
    };

    internal static int? ParseWatermark(string? watermark) =>
        int.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static readonly ChannelAccount Bot = new("feminabot", "FeminaBot") { Role = RoleTypes.Bot };

    private static Activity Incoming(HttpRequest request, string conversationId, string userId, string type, TimeProvider clock) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        Timestamp = clock.GetUtcNow(),
        ChannelId = Channels.Directline,
        ServiceUrl = ServiceUrl(request),
        Conversation = new ConversationAccount(conversationId),
        From = new ChannelAccount(userId) { Role = RoleTypes.User },
        Recipient = Bot,
    };

    private static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}/";

    private static string StreamUrl(HttpRequest request, string conversationId, string token, int watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        return $"{scheme}://{request.Host}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream?watermark={watermark.ToString(CultureInfo.InvariantCulture)}&t={Uri.EscapeDataString(token)}";
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The bot failed a Direct Line turn")]
    private static partial void LogBotFailed(ILogger logger, Exception exception);
}
