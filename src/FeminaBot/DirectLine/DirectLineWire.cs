using System.Text.Json.Serialization;
using FeminaBot.Conversations.Schema;

namespace FeminaBot.DirectLine;

/// <summary>A conversation as Direct Line answers it: its id, a token for it, and where to stream it.</summary>
internal sealed record DirectLineConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl = null);

/// <summary>Activities and the watermark after them.</summary>
internal sealed record ActivitySet(
    [property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities,
    [property: JsonPropertyName("watermark")] string Watermark);

/// <summary>A Direct Line error body: <c>{"error":{"code":"...","message":"..."}}</c>.</summary>
internal sealed record DirectLineError([property: JsonPropertyName("error")] DirectLineErrorDetail Error);

/// <summary>The code and message of an error.</summary>
internal sealed record DirectLineErrorDetail(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);

/// <summary>The optional body of <c>tokens/generate</c>.</summary>
internal sealed record TokenParameters([property: JsonPropertyName("user")] ChannelAccount? User);

/// <summary>The optional body of <c>conversations</c>: the user and the locale to start in (<see cref="ConversationStart"/>).</summary>
internal sealed record ConversationParameters(
    [property: JsonPropertyName("user")] ChannelAccount? User,
    [property: JsonPropertyName("locale")] string? Locale);

/// <summary>The body of the page's token request when it comes back to its conversation (<see cref="PageTokens"/>).</summary>
internal sealed record ResumeRequest([property: JsonPropertyName("resume")] string? Resume);
