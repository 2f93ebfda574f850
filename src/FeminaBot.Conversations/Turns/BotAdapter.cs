using System.Text.Json;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FeminaBot.Conversations.Turns;

/// <summary>
/// The base of every channel adapter. It runs a turn through the middleware and the bot, runs it
/// again on fresh state if its state write lost an ETag race, and only then delivers the replies:
/// in the result for <c>expectReplies</c>, otherwise through <see cref="DeliverActivitiesAsync"/>.
/// </summary>
public abstract partial class BotAdapter
{
    private readonly ILogger _logger;

    /// <summary>Creates an adapter.</summary>
    protected BotAdapter(ILogger? logger = null) => _logger = logger ?? NullLogger.Instance;

    /// <summary>The middleware every turn passes through.</summary>
    public MiddlewareSet Middleware { get; } = new();

    /// <summary>
    /// Called when a turn throws. It receives a fresh context for the same activity, so replies
    /// from the failed attempt are dropped and the handler sends the only answer.
    /// </summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    /// <summary>How many times a turn may run when its state writes keep losing ETag races.</summary>
    public int MaxTurnAttempts { get; init; } = 5;

    /// <summary>Adds a middleware to every turn.</summary>
    public BotAdapter Use(IMiddleware middleware)
    {
        Middleware.Use(middleware);
        return this;
    }

    /// <summary>
    /// Sends a proactive message or runs any logic in a conversation outside a user's turn: the
    /// callback gets a turn context addressed to the conversation the reference names.
    /// </summary>
    public virtual Task<TurnResult> ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return RunPipelineAsync(reference.CreateContinuationActivity(), callback, cancellationToken);
    }

    /// <summary>
    /// Delivers replies of a normal-mode turn to the channel, in order. Adapters whose channel
    /// answers in the HTTP response (expectReplies) never get here.
    /// </summary>
    protected abstract Task<ResourceResponse[]> DeliverActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    /// <summary>Runs one turn for an incoming activity and delivers its replies.</summary>
    protected async Task<TurnResult> RunPipelineAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);

        var (context, attempts, error) = await RunAttemptsAsync(activity, callback, cancellationToken);
        var replies = context.BufferedReplies
            .Where(reply => reply.Type != ActivityTypes.Trace || activity.ChannelId == Channels.Emulator)
            .ToList();

        var invokeResponse = TakeInvokeResponse(activity, replies);
        if (activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            return new TurnResult(new ExpectedReplies(replies), invokeResponse, attempts, error);
        }

        await DeliverAsync(context, replies, cancellationToken);
        return new TurnResult(null, invokeResponse, attempts, error);
    }

    private async Task<(ITurnContext Context, int Attempts, Exception? Error)> RunAttemptsAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var context = new TurnContext(this, activity);
            try
            {
                await Middleware.ReceiveActivityAsync(context, callback, cancellationToken);
                return (context, attempt, null);
            }
            catch (StoreConcurrencyException) when (attempt < MaxTurnAttempts)
            {
                // Another turn of this conversation saved first: run again on its state, and
                // drop everything this attempt would have said.
                LogTurnRetried(attempt, activity.ChannelId);
            }
            catch (Exception exception) when (OnTurnError is not null && exception is not OperationCanceledException)
            {
                LogTurnFailed(exception, activity.ChannelId, activity.Type);
                var errorContext = new TurnContext(this, activity);
                await OnTurnError(errorContext, exception);
                return (errorContext, attempt, exception);
            }
        }
    }

    private async Task DeliverAsync(ITurnContext context, List<Activity> replies, CancellationToken cancellationToken)
    {
        var batch = new List<Activity>();
        foreach (var reply in replies)
        {
            if (reply.Type != ActivityTypes.Delay)
            {
                batch.Add(reply);
                continue;
            }

            if (batch.Count > 0)
            {
                await DeliverActivitiesAsync(context, batch, cancellationToken);
                batch = [];
            }

            await Task.Delay(DelayOf(reply), cancellationToken);
        }

        if (batch.Count > 0)
        {
            await DeliverActivitiesAsync(context, batch, cancellationToken);
        }
    }

    private static InvokeResponse? TakeInvokeResponse(Activity incoming, List<Activity> replies)
    {
        var index = replies.FindIndex(reply => reply.Type == ActivityTypes.InvokeResponse);
        if (index < 0)
        {
            return incoming.Type == ActivityTypes.Invoke ? new InvokeResponse(501) : null;
        }

        var value = replies[index].Value;
        replies.RemoveAll(reply => reply.Type == ActivityTypes.InvokeResponse);
        if (value is { ValueKind: JsonValueKind.Object } response
            && response.TryGetProperty("status", out var status)
            && status.TryGetInt32(out var code))
        {
            JsonElement? body = response.TryGetProperty("body", out var b) && b.ValueKind != JsonValueKind.Null ? b : null;
            return new InvokeResponse(code, body);
        }

        return new InvokeResponse(200);
    }

    private static TimeSpan DelayOf(Activity delay) =>
        delay.Value is { ValueKind: JsonValueKind.Number } ms && ms.TryGetInt32(out var milliseconds) && milliseconds > 0
            ? TimeSpan.FromMilliseconds(Math.Min(milliseconds, 30_000))
            : TimeSpan.FromSeconds(1);

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn on channel {ChannelId} lost a state race on attempt {Attempt}; running it again")]
    private partial void LogTurnRetried(int attempt, string? channelId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed on channel {ChannelId} for a {ActivityType} activity")]
    private partial void LogTurnFailed(Exception exception, string? channelId, string? activityType);
}
