using System.Text.Json;
using FeminaBot.Connector.Authentication;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Storage;
using FeminaBot.Conversations.Turns;
using FeminaBot.Hosting;
using Microsoft.Extensions.Options;

namespace FeminaBot.Connector;

/// <summary><c>POST /api/messages</c>: the Bot Framework endpoint.</summary>
internal static partial class MessagesEndpoint
{
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync).DisableAntiforgery();
        var identity = app.ServiceProvider.GetRequiredService<IOptions<BotIdentityOptions>>().Value;
        if (!identity.AuthenticationEnabled && identity.AllowAnonymousFromAnyAddress)
        {
            LogOpenToAnyAddress(app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MessagesEndpoint)));
        }

        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        ConnectorAdapter adapter,
        BotAuthenticator authenticator,
        TrustedServiceUrls trusted,
        IOptions<BotIdentityOptions> identity,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync(request.Body, ActivityJson.Activity, cancellationToken);
        }
        catch (JsonException)
        {
            return BadRequest("The body is not a valid activity in JSON.");
        }

        // With an app id, every request must carry a valid token; a refusal says nothing an attacker could use.
        if (identity.Value.AuthenticationEnabled)
        {
            if (activity is null || await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString(), activity, cancellationToken) is null)
            {
                return Results.Unauthorized();
            }

            activity = activity with { CallerId = CallerIds.BotConnector };
            if (activity.ServiceUrl is { Length: > 0 } serviceUrl)
            {
                trusted.Trust(serviceUrl);
            }
        }

        else if (AnonymousRefusal(request, identity.Value, activity) is { } refusal)
        {
            LogAnonymousRefused(loggers.CreateLogger(typeof(MessagesEndpoint)), refusal.Reason);
            return refusal.Result;
        }

        if (ActivityProblems.Of(activity) is { } problem)
        {
            return BadRequest(problem);
        }

        TurnResult result;
        try
        {
            result = await adapter.ProcessAsync(activity!, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException)
        {
            // The turn ran and was saved, but the connector would not take the replies.
            LogDeliveryFailed(loggers.CreateLogger(typeof(MessagesEndpoint)), e, activity!.ChannelId);
            return Results.Problem(detail: "The bot could not deliver its replies to the channel.", statusCode: StatusCodes.Status502BadGateway);
        }
        // The store is down: the parent was told kindly to try again, and the channel may retry.
        if (result.Error is StorageUnavailableException)
        {
            request.HttpContext.Response.Headers.RetryAfter = "5";
            return result.ExpectedReplies is { } kind
                ? Results.Json(kind, ActivityJson.ExpectedReplies, statusCode: StatusCodes.Status503ServiceUnavailable)
                : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        if (result.ExpectedReplies is { } replies)
        {
            return Results.Json(replies, ActivityJson.ExpectedReplies);
        }

        if (result.InvokeResponse is { } invoke)
        {
            return invoke.Body is { } body ? Results.Json(body, statusCode: invoke.Status) : Results.StatusCode(invoke.Status);
        }

        return Results.Ok();
    }

    // Without an app id nothing proves who is calling, so only this machine may call (the Emulator),
    // and replies go only to this machine: the bot can be made to POST nowhere else.
    private static (IResult Result, string Reason)? AnonymousRefusal(HttpRequest request, BotIdentityOptions identity, Activity? activity)
    {
        // A proxy on this machine makes every client look local; a forwarding header no trusted
        // proxy consumed (see ForwardedHeaders) means the real client is elsewhere.
        var local = Loopback.Is(request.HttpContext.Connection.RemoteIpAddress)
            && !request.Headers.ContainsKey("X-Forwarded-For") && !request.Headers.ContainsKey("Forwarded");
        if (!identity.AllowAnonymousFromAnyAddress && !local)
        {
            return (Results.Problem(detail: "This bot has no MicrosoftAppId, so /api/messages answers only clients on its own machine. Set MicrosoftAppId to accept the Bot Connector.", statusCode: StatusCodes.Status403Forbidden), "a client not on this machine");
        }

        return activity?.ServiceUrl is { Length: > 0 } serviceUrl && !Loopback.IsUrl(serviceUrl)
            ? (BadRequest("This bot has no MicrosoftAppId, so it replies only to a serviceUrl on its own machine."), "a serviceUrl not on this machine")
            : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "/api/messages has no MicrosoftAppId and AllowAnonymousFromAnyAddress is on: any client that reaches it can talk to the bot unauthenticated")]
    private static partial void LogOpenToAnyAddress(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused an unauthenticated /api/messages request from {Reason}")]
    private static partial void LogAnonymousRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Replies on channel {ChannelId} could not be delivered")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string? channelId);

    private static IResult BadRequest(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
