using FeminaBot.Conversations.Storage;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.State;

/// <summary>State of one user on one channel, across that user's conversations.</summary>
public sealed class UserState(IStorage storage) : BotState(storage)
{
    /// <inheritdoc/>
    public override string GetStorageKey(ITurnContext turnContext) => KeyFor(turnContext);

    /// <summary>The key <c>{channelId}/users/{userId}</c>.</summary>
    public static string KeyFor(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? throw new InvalidOperationException("User state needs the activity's channelId.");
        var userId = activity.From?.Id ?? throw new InvalidOperationException("User state needs the activity's from.id.");
        return $"{channelId}/users/{userId}";
    }
}
