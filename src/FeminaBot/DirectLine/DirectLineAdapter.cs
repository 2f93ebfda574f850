using FeminaBot.Connector;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.State;
using FeminaBot.Conversations.Turns;
using FeminaBot.DirectLine.Logs;
using FeminaBot.Triage;

namespace FeminaBot.DirectLine;

/// <summary>
/// The Direct Line channel: activities a client posts run through the same pipeline as every other
/// channel, with channelId <c>directline</c>; the bot's replies are appended to the conversation's log,
/// from where polling clients and streams pick them up.
/// </summary>
internal sealed class DirectLineAdapter : BotAdapter
{
    private readonly IDirectLineLog _log;
    private readonly TimeProvider _clock;
    private readonly BotCallbackHandler _bot;

    public DirectLineAdapter(TriagePipeline pipeline, IDirectLineLog log, TimeProvider clock, ILogger<DirectLineAdapter> logger) : base(logger)
    {
        _log = log;
        _clock = clock;
        pipeline.Configure(this);
        _bot = async (turnContext, cancellationToken) =>
        {
            await pipeline.Bot.OnTurnAsync(turnContext, cancellationToken);

            // "Delete my data", typed or sent as a deleteUserData activity, deletes the transcript this
            // service keeps too, before any confirmation goes in. A turn run again erases again, harmlessly.
            if (ConversationState.WasDeleted(turnContext))
            {
                await _log.EraseAsync(turnContext.Activity.Conversation!.Id!, cancellationToken);
            }
        };
    }

    /// <summary>Runs the turn for an activity a client posted (already in the log), marked as come through this Direct Line.</summary>
    public Task<TurnResult> ProcessAsync(Activity activity, CancellationToken cancellationToken) =>
        RunPipelineAsync(activity with { CallerId = CallerIds.ChatPage }, _bot, cancellationToken);

    protected override async Task<ResourceResponse[]> DeliverActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var conversationId = turnContext.Activity.Conversation!.Id!;
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var stored = await _log.AppendAsync(conversationId, activities[i] with
            {
                Timestamp = _clock.GetUtcNow(),
                From = activities[i].From is { } sender ? sender with { Role = RoleTypes.Bot } : null,
            }, cancellationToken);
            responses[i] = new ResourceResponse(stored.Id);
        }

        return responses;
    }
}
