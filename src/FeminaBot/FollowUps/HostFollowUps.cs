using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Turns;
using FeminaBot.DirectLine.Logs;
using FeminaBot.FollowUps.Store;
using FeminaBot.Triage.FollowUps;
using FeminaBot.Twilio;
using Microsoft.Extensions.Options;

namespace FeminaBot.FollowUps;

/// <summary>
/// The bot's check-ins as this host keeps them: offered only where the conversation can be reached a
/// day later (the chat page's Direct Line; SMS with REST credentials; a Bot Connector channel with a
/// serviceUrl), kept in the store with the conversation's address, and sent by <see cref="CheckInDispatcher"/>.
/// On the chat page the transcript is kept until a day after the check-in is due, and the page is told
/// (<see cref="CheckInEvent"/>), so it can come back to the conversation to see the check-in.
/// </summary>
internal sealed class HostFollowUps(
    ICheckInStore store,
    CheckInTiming timing,
    IOptions<FollowUpOptions> options,
    IOptions<TwilioOptions> twilio,
    SmsNumberSeal seal,
    IDirectLineLog directLineLog) : IFollowUps
{
    public DateTimeOffset? DueFor(Activity activity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return options.Value.Enabled && Reachable(activity) ? timing.DueAfter(now) : null;
    }

    public async Task ScheduleAsync(ITurnContext turnContext, CheckIn checkIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(checkIn);
        var activity = turnContext.Activity;
        var sealedNumbers = CheckInAddress.WayOf(activity) == CheckInAddress.Sms ? seal.Seal(SmsActivity.NumbersOf(activity)) : null;
        var address = CheckInAddress.Of(activity, sealedNumbers);
        await store.ScheduleAsync(new PendingCheckIn(CheckInAddress.ConversationKey(activity), checkIn.Id, checkIn.Due, address.ToBytes()), cancellationToken);
        if (ChatPageConversation(activity) is { } conversationId)
        {
            // The page may come back any time until a day after the check-in, as after any last use.
            var until = checkIn.Due + IDirectLineLog.IdleLimit;
            await directLineLog.KeepUntilAsync(conversationId, until, cancellationToken);
            await turnContext.SendActivityAsync(CheckInEvent.Pending(checkIn.Due, until), cancellationToken);
        }
    }

    public async Task CancelAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        await store.CancelAsync(CheckInAddress.ConversationKey(turnContext.Activity), cancellationToken);
        if (ChatPageConversation(turnContext.Activity) is not null)
        {
            await turnContext.SendActivityAsync(CheckInEvent.Cancelled(), cancellationToken);
        }
    }

    private static string? ChatPageConversation(Activity activity) =>
        CheckInAddress.WayOf(activity) == CheckInAddress.ChatPage && activity.Conversation?.Id is { Length: > 0 } conversationId ? conversationId : null;

    // The console and the tests' channels have no way back; SMS needs REST credentials; the Bot
    // Connector needs the conversation's serviceUrl.
    private bool Reachable(Activity activity) =>
        activity.Conversation?.Id is { Length: > 0 }
        && activity.ChannelId is { Length: > 0 } and not (Channels.Console or Channels.Test)
        && CheckInAddress.WayOf(activity) switch
        {
            CheckInAddress.ChatPage => true,
            CheckInAddress.Sms => twilio.Value.CanSendRest,
            _ => activity.ServiceUrl is { Length: > 0 },
        };
}
