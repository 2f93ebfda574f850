using System.Text.Json;

namespace FeminaBot.Conversations.Schema;

/// <summary>The synchronous answer to an <c>invoke</c> activity: an HTTP status and an optional JSON body.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null);
