using System.Text.Json;
using FeminaBot.Connector.Authentication;
using FeminaBot.Conversations.Schema;
using FeminaBot.Hosting;
using Microsoft.Extensions.Options;

namespace FeminaBot.Connector;

/// <summary><c>POST /api/messages</c>: the Bot Framework endpoint.</summary>
internal static class MessagesEndpoint
{
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpRequest request, ConnectorAdapter adapter, BotAuthenticator authenticator, IOptions<BotIdentityOptions> identity, CancellationToken cancellationToken)
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
        }

        if (ActivityProblems.Of(activity) is { } problem)
        {
            return BadRequest(problem);
        }

        var result = await adapter.ProcessAsync(activity!, cancellationToken);
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

    private static IResult BadRequest(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
