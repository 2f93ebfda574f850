using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Triage.FollowUps;

/// <summary>
/// What the bot needs from its host to check in later: whether a conversation can be reached outside
/// its turns, and keeping or cancelling the one check-in a conversation may have. The host delivers a
/// check-in when it is due by running <see cref="TriageBot.CheckInAsync"/> in the conversation.
/// </summary>
public interface IFollowUps
{
    /// <summary>
    /// When a check-in agreed to at <paramref name="now"/> would come (after the delay, out of quiet
    /// hours); null when check-ins are off or this conversation's channel cannot be reached later.
    /// </summary>
    DateTimeOffset? DueFor(Activity activity, DateTimeOffset now);

    /// <summary>Keeps <paramref name="checkIn"/> for the turn's conversation, replacing any it had; the host may tell the channel (the chat page keeps the conversation to come back to).</summary>
    Task ScheduleAsync(ITurnContext turnContext, CheckIn checkIn, CancellationToken cancellationToken);

    /// <summary>Forgets the turn's conversation's check-in, if it has one.</summary>
    Task CancelAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
