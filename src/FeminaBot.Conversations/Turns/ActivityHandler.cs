using FeminaBot.Conversations.Schema;

namespace FeminaBot.Conversations.Turns;

/// <summary>
/// A bot base that routes each activity type to its own method, as Bot Builder's ActivityHandler
/// does; override the ones the bot cares about.
/// </summary>
public abstract class ActivityHandler : IBot
{
    /// <inheritdoc/>
    public virtual Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Type switch
        {
            ActivityTypes.Message => OnMessageActivityAsync(turnContext, cancellationToken),
            ActivityTypes.ConversationUpdate => OnConversationUpdateActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Event => OnEventActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Invoke => OnInvokeActivityAsync(turnContext, cancellationToken),
            ActivityTypes.InstallationUpdate => OnInstallationUpdateActivityAsync(turnContext, cancellationToken),
            ActivityTypes.EndOfConversation => OnEndOfConversationActivityAsync(turnContext, cancellationToken),
            ActivityTypes.DeleteUserData => OnDeleteUserDataActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Typing => Task.CompletedTask,
            _ => OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken),
        };
    }

    /// <summary>A message from the user.</summary>
    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Members joined or left; calls <see cref="OnMembersAddedAsync"/> for joiners other than the bot.</summary>
    protected virtual Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var botId = turnContext.Activity.Recipient?.Id;
        var added = (turnContext.Activity.MembersAdded ?? []).Where(m => m.Id != botId).ToList();
        return added.Count > 0 ? OnMembersAddedAsync(added, turnContext, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>People other than the bot joined the conversation.</summary>
    protected virtual Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A named event.</summary>
    protected virtual Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>An invoke; without an answer the channel gets 501 Not Implemented.</summary>
    protected virtual Task OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The bot was installed or removed.</summary>
    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The conversation ended.</summary>
    protected virtual Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The channel asks the bot to delete the user's data.</summary>
    protected virtual Task OnDeleteUserDataActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A type the bot does not know; the spec says to ignore it.</summary>
    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;
}
