using FeminaBot.Conversations.Schema;

namespace FeminaBot.Conversations.Turns;

/// <summary>
/// One turn: the incoming activity, per-turn state, and the replies the bot sends. Replies are
/// buffered and delivered only once the turn has finished and its state is saved.
/// </summary>
public interface ITurnContext
{
    /// <summary>The adapter running the turn.</summary>
    BotAdapter Adapter { get; }

    /// <summary>The incoming activity.</summary>
    Activity Activity { get; }

    /// <summary>Per-turn services and caches.</summary>
    TurnStateCollection TurnState { get; }

    /// <summary>Whether the bot has sent a message this turn.</summary>
    bool Responded { get; }

    /// <summary>The replies sent so far, in order, addressed and waiting for delivery.</summary>
    IReadOnlyList<Activity> BufferedReplies { get; }

    /// <summary>Sends a text message.</summary>
    Task<ResourceResponse> SendActivityAsync(string text, string? speak = null, string inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default);

    /// <summary>Sends an activity, addressed back to the sender of the incoming one.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Sends several activities in order.</summary>
    Task<ResourceResponse[]> SendActivitiesAsync(IEnumerable<Activity> activities, CancellationToken cancellationToken = default);

    /// <summary>Sends a trace; only the Emulator receives it.</summary>
    Task<ResourceResponse> TraceActivityAsync(string name, System.Text.Json.JsonElement? value = null, string? valueType = null, string? label = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a handler that sees every send of this turn before it is buffered. Handlers run in the order
    /// they were added; the batch is buffered once they have all returned, so a handler's work after its
    /// next() also covers activities that later handlers inserted into the batch.
    /// </summary>
    ITurnContext OnSendActivities(SendActivitiesHandler handler);
}
