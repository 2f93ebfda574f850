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

            activity = activity with { CallerId = "urn:botframework:azure" };
            if (activity.ServiceUrl is { Length: > 0 } serviceUrl)
            {
                trusted.Trust(serviceUrl);
            }
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Replies on channel {ChannelId} could not be delivered")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string? channelId);

    private static IResult BadRequest(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
