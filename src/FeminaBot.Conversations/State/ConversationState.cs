using FeminaBot.Conversations.Storage;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.State;

/// <summary>State of one conversation on one channel, such as the dialog stack.</summary>
public sealed class ConversationState(IStorage storage) : BotState(storage)
{
    private const string DeletedKey = "FeminaBot.ConversationStateDeleted";

    /// <summary>
    /// Whether this turn deleted the conversation's state ("delete my data"), so that a channel that
    /// keeps its own transcript can erase it too.
    /// </summary>
    public static bool WasDeleted(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<object>(DeletedKey) is not null;
    }

    /// <inheritdoc/>
    protected override void OnDeleted(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set<object>(DeletedKey, true);
    }

    /// <inheritdoc/>
    public override string GetStorageKey(ITurnContext turnContext) => KeyFor(turnContext);

    /// <summary>The key <c>{channelId}/conversations/{conversationId}</c>.</summary>
    public static string KeyFor(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? throw new InvalidOperationException("Conversation state needs the activity's channelId.");
        var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("Conversation state needs the activity's conversation.id.");
        return $"{channelId}/conversations/{conversationId}";
    }
}
