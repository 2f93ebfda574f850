using FeminaBot.Conversations.Storage;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.State;

/// <summary>State of one conversation on one channel, such as the dialog stack.</summary>
public sealed class ConversationState(IStorage storage) : BotState(storage)
{
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
