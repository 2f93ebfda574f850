using System.Text.Json;
using FeminaBot.Conversations.Schema;

namespace FeminaBot.Conversations.Turns;

/// <summary>The runtime's turn context: addresses replies and buffers them for the adapter.</summary>
public sealed class TurnContext : ITurnContext
{
    private readonly List<Activity> _buffer = [];
    private readonly List<SendActivitiesHandler> _onSend = [];

    /// <summary>Creates the context of a turn that <paramref name="adapter"/> runs for <paramref name="activity"/>.</summary>
    public TurnContext(BotAdapter adapter, Activity activity)
    {
        Adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        Activity = activity ?? throw new ArgumentNullException(nameof(activity));
    }

    /// <inheritdoc/>
    public BotAdapter Adapter { get; }

    /// <inheritdoc/>
    public Activity Activity { get; }

    /// <inheritdoc/>
    public TurnStateCollection TurnState { get; } = new();

    /// <inheritdoc/>
    public bool Responded { get; private set; }

    /// <inheritdoc/>
    public IReadOnlyList<Activity> BufferedReplies => _buffer;

    /// <inheritdoc/>
    public Task<ResourceResponse> SendActivityAsync(string text, string? speak = null, string inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default) =>
        SendActivityAsync(MessageFactory.Text(text, speak, inputHint), cancellationToken);

    /// <inheritdoc/>
    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var responses = await SendActivitiesAsync([activity], cancellationToken);
        return responses.Length > 0 ? responses[0] : new ResourceResponse();
    }

    /// <inheritdoc/>
    public async Task<ResourceResponse[]> SendActivitiesAsync(IEnumerable<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        cancellationToken.ThrowIfCancellationRequested();
        var addressed = activities.Select(a => a.AsReplyTo(Activity)).ToList();
        if (addressed.Count == 0)
        {
            return [];
        }

        // Buffered once every handler has returned, so that what a handler does after its next() (such as
        // rendering text for the channel) applies to what the handlers after it added to the batch too.
        if (await RunSendHandlersAsync(addressed, 0))
        {
            foreach (var activity in addressed)
            {
                _buffer.Add(activity);
                Responded |= activity.Type == ActivityTypes.Message;
            }
        }

        return addressed.Select(_ => new ResourceResponse()).ToArray();
    }

    /// <inheritdoc/>
    public Task<ResourceResponse> TraceActivityAsync(string name, JsonElement? value = null, string? valueType = null, string? label = null, CancellationToken cancellationToken = default) =>
        SendActivityAsync(MessageFactory.Trace(name, value, valueType, label), cancellationToken);

    /// <inheritdoc/>
    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _onSend.Add(handler);
        return this;
    }

    // Whether the batch went through every handler (a handler may drop it by not calling next).
    private async Task<bool> RunSendHandlersAsync(List<Activity> activities, int index)
    {
        if (index == _onSend.Count)
        {
            return true;
        }

        var delivered = false;
        await _onSend[index](this, activities, async () => delivered = await RunSendHandlersAsync(activities, index + 1));
        return delivered;
    }
}
