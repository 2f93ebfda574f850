namespace FeminaBot.DirectLine;

/// <summary>What a Direct Line token grants: one conversation, for one user, until it expires.</summary>
public sealed record DirectLineToken(string ConversationId, string UserId, DateTimeOffset Expires);
