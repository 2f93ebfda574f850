using System.Text.Json;
using FeminaBot.DirectLine.Logs;

namespace FeminaBot.DirectLine;

/// <summary>
/// <c>POST /api/directline/token</c>, the chat page's own way in, with no secret: with no body, a token
/// for a new conversation; with <c>{"resume":"&lt;token&gt;"}</c>, a page coming back for a check-in, a new
/// token for the same conversation and user, when the old one is ours, expired no longer ago than
/// <see cref="PageResumeWindow"/> allows, and its conversation is still kept. Anything else is refused
/// with a reason, and the page starts a new conversation.
/// </summary>
internal static class PageTokens
{
    public static async Task<IResult> IssueAsync(HttpRequest request, DirectLineTokens tokens, IDirectLineLog log, PageResumeWindow window, CancellationToken cancellationToken)
    {
        if (request.ContentLength is not > 0)
        {
            var conversationId = DirectLineIds.NewConversationId();
            return Issued(tokens, conversationId, DirectLineIds.NewUserId());
        }

        ResumeRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(request.Body, DirectLineJsonContext.Default.ResumeRequest, cancellationToken);
        }
        catch (JsonException)
        {
            body = null;
        }

        if (body?.Resume is not { Length: > 0 } old)
        {
            return DirectLineResults.BadArgument("The body must be empty, for a new conversation, or {\"resume\":\"<token>\"}.");
        }

        if (tokens.Read(old) is not { } token)
        {
            return DirectLineResults.Error(StatusCodes.Status401Unauthorized, "BadArgument", "The token to resume is not one this service issued.");
        }

        if (!window.Allows(token))
        {
            return DirectLineResults.Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token expired too long ago to come back to its conversation.");
        }

        if ((await log.AfterAsync(token.ConversationId, int.MaxValue, cancellationToken)).Watermark == 0)
        {
            return DirectLineResults.Error(StatusCodes.Status404NotFound, "NotFound", "The conversation is no longer kept.");
        }

        return Issued(tokens, token.ConversationId, token.UserId);
    }

    private static IResult Issued(DirectLineTokens tokens, string conversationId, string userId) =>
        DirectLineResults.Conversation(new DirectLineConversationResponse(conversationId, tokens.Issue(conversationId, userId), tokens.LifetimeSeconds));
}
