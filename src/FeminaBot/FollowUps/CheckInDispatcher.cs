using FeminaBot.Connector;
using FeminaBot.Connector.Authentication;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Turns;
using FeminaBot.DirectLine;
using FeminaBot.FollowUps.Store;
using FeminaBot.Triage;
using FeminaBot.Triage.FollowUps;
using FeminaBot.Twilio;
using Microsoft.Extensions.Options;

namespace FeminaBot.FollowUps;

/// <summary>
/// Sends the check-ins that are due, outside quiet hours: each is taken from the store by one instance
/// (<see cref="ICheckInStore.ClaimAsync"/>) and run as a turn in its conversation through the channel's
/// adapter (ContinueConversation): the chat page's Direct Line transcript, a text through Twilio's
/// Messages API, or the Bot Connector's serviceUrl for Teams and the rest. The turn asks only if the
/// conversation still waits for that check-in and saves that it asked before anything is delivered, so a
/// check-in taken twice (an instance that died holding it) is still asked once.
/// </summary>
internal sealed partial class CheckInDispatcher(
    ICheckInStore store,
    CheckInTiming timing,
    IOptions<FollowUpOptions> options,
    TriagePipeline pipeline,
    DirectLineAdapter directLine,
    TwilioAdapter sms,
    ConnectorAdapter connector,
    TrustedServiceUrls trusted,
    SmsNumberSeal seal,
    TimeProvider clock,
    ILogger<CheckInDispatcher> logger)
{
    /// <summary>Each claim takes at most this many; a full batch means more may be due now.</summary>
    public const int Batch = 20;

    // A check-in this late (every instance down, or check-ins off for a day) would ask about a day long
    // past: it is dropped, as Redis lets it expire.
    private static readonly TimeSpan TooLate = TimeSpan.FromDays(1);

    /// <summary>Sends what is due at <paramref name="now"/>; returns how many check-ins were handled.</summary>
    public async Task<int> RunDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled || timing.Quiet.Contains(now))
        {
            return 0;
        }

        var due = await store.ClaimAsync(now, options.Value.Lease, Batch, cancellationToken);
        foreach (var checkIn in due)
        {
            if (now - checkIn.Due > TooLate)
            {
                LogTooLate(checkIn.Id);
                await store.CompleteAsync(checkIn, cancellationToken);
            }
            else if (await SendAsync(checkIn, cancellationToken))
            {
                await store.CompleteAsync(checkIn, cancellationToken);
            }
        }

        return due.Count;
    }

    // False when the turn could not run (the state store down): the check-in is taken again after its lease.
    private async Task<bool> SendAsync(PendingCheckIn checkIn, CancellationToken cancellationToken)
    {
        CheckInAddress address;
        try
        {
            address = CheckInAddress.FromBytes(checkIn.Address);
        }
        catch (System.Text.Json.JsonException)
        {
            LogUnreadable(checkIn.Id);
            return true;
        }

        var channel = address.Reference.ChannelId;
        BotCallbackHandler ask = (turnContext, ct) => pipeline.Bot.CheckInAsync(turnContext, checkIn.Id, ct);
        try
        {
            var result = address.Via switch
            {
                CheckInAddress.ChatPage => await directLine.ContinueConversationAsync(address.Reference, ask, cancellationToken),
                CheckInAddress.Sms => await TextAsync(address, ask, cancellationToken),
                _ => await ConnectorAsync(address, ask, cancellationToken),
            };
            if (result?.Error is { } error)
            {
                LogTurnFailed(error, checkIn.Id, channel);
                return false;
            }

            LogSent(checkIn.Id, channel, clock.GetUtcNow() - checkIn.Due);
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or Polly.CircuitBreaker.BrokenCircuitException or Polly.Timeout.TimeoutRejectedException or InvalidOperationException)
        {
            // The turn ran and saved that it asked; the channel would not take the question. Sending
            // it again would need the turn again, which now sends nothing: the check-in is done.
            LogDeliveryFailed(e, checkIn.Id, channel);
            return true;
        }
    }

    private async Task<TurnResult?> TextAsync(CheckInAddress address, BotCallbackHandler ask, CancellationToken cancellationToken)
    {
        if (address.SealedNumbers is null || seal.Open(address.SealedNumbers) is not { } numbers)
        {
            // Sealed under another key (the auth token was rotated): nobody can be texted.
            LogUnreadable(address.Reference.Conversation?.Id ?? string.Empty);
            return null;
        }

        var reference = address.Reference with { User = new ChannelAccount(numbers.From), Bot = new ChannelAccount(numbers.To) };
        return await sms.ContinueConversationAsync(reference, ask, cancellationToken);
    }

    private Task<TurnResult> ConnectorAsync(CheckInAddress address, BotCallbackHandler ask, CancellationToken cancellationToken)
    {
        // The serviceUrl came with a validated token when the person agreed: the bot's token may go there
        // again, even after a restart emptied the list of trusted addresses.
        if (address.TrustedServiceUrl && address.Reference.ServiceUrl is { Length: > 0 } serviceUrl)
        {
            trusted.Trust(serviceUrl);
        }

        return connector.ContinueConversationAsync(address.Reference, ask, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Check-in {Id} handled on channel {Channel}, {Late} after it was due")]
    private partial void LogSent(string id, string? channel, TimeSpan late);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Check-in {Id} on channel {Channel} could not run its turn; it is tried again later")]
    private partial void LogTurnFailed(Exception exception, string id, string? channel);

    [LoggerMessage(Level = LogLevel.Error, Message = "Check-in {Id} on channel {Channel} was not delivered")]
    private partial void LogDeliveryFailed(Exception exception, string id, string? channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Check-in {Id} is more than a day past its time; it is dropped")]
    private partial void LogTooLate(string id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Check-in {Id} has an address this instance cannot read; it is dropped")]
    private partial void LogUnreadable(string id);
}
