using FeminaBot.Conversations.Schema;

namespace FeminaBot.Conversations.Turns;

/// <summary>
/// What a finished turn leaves for the channel: the replies to return in the HTTP response when the
/// request asked for <c>expectReplies</c>, and the answer to an invoke.
/// </summary>
/// <param name="ExpectedReplies">The replies, when the incoming activity's delivery mode was <c>expectReplies</c>.</param>
/// <param name="InvokeResponse">The invoke's answer; 501 when the bot gave none.</param>
/// <param name="Attempts">How many times the turn ran before its state was saved (more than one after an ETag race).</param>
/// <param name="Error">The failure the error handler answered for, when the turn failed.</param>
public sealed record TurnResult(ExpectedReplies? ExpectedReplies, InvokeResponse? InvokeResponse, int Attempts, Exception? Error = null);
