namespace FeminaBot.Conversations.Schema;

/// <summary>The body of the answer to an <c>expectReplies</c> request: the turn's replies, in order.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
