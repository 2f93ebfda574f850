using FeminaBot.Bot;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.DirectLine;

/// <summary>
/// The Direct Line channel: activities a client posts run through the same pipeline as every other
/// channel, with channelId <c>directline</c>; the bot's replies are appended to the conversation's log,
/// from where polling clients and streams pick them up.
/// </summary>
internal sealed class DirectLineAdapter : BotAdapter
{
    private readonly DirectLineConversations _conversations;
    private readonly TimeProvider _clock;
    private readonly BotCallbackHandler _bot;

    public DirectLineAdapter(BotPipeline pipeline, DirectLineConversations conversations, TimeProvider clock, ILogger<DirectLineAdapter> logger) : base(logger)
    {
        _conversations = conversations;
        _clock = clock;
        pipeline.Configure(this);
        _bot = pipeline.Bot.OnTurnAsync;
    }

    /// <summary>Runs the turn for an activity a client posted (already in the log).</summary>
    public Task<TurnResult> ProcessAsync(Activity activity, CancellationToken cancellationToken) =>
        RunPipelineAsync(activity, _bot, cancellationToken);

    /// <inheritdoc/>
    protected override Task<ResourceResponse[]> DeliverActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var conversation = _conversations.GetOrAdd(turnContext.Activity.Conversation!.Id!);
        var responses = activities
            .Select(activity => conversation.Append(activity with
            {
                Timestamp = _clock.GetUtcNow(),
                From = activity.From is { } sender ? sender with { Role = RoleTypes.Bot } : null,
            }))
            .Select(stored => new ResourceResponse(stored.Id))
            .ToArray();
        return Task.FromResult(responses);
    }
}
