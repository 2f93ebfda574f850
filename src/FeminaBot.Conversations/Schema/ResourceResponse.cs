namespace FeminaBot.Conversations.Schema;

/// <summary>What a channel answers when it accepts an activity: the id it gave it, if any.</summary>
public sealed record ResourceResponse(string? Id = null);
