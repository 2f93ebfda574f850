using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.State;

/// <summary>
/// Applies a message once however often a channel delivers it: the ids of the conversation's last
/// messages are kept in its state, written in the same ETag-checked save as the turn, so a channel's
/// retry of a turn that was already saved (its answer lost with a dying instance) changes nothing.
/// </summary>
public sealed class RedeliveryMiddleware(ConversationState conversationState) : IMiddleware
{
    /// <summary>How many message ids a conversation remembers; a channel retries a turn long before the parent sends several more.</summary>
    public const int Remembered = 4;

    private readonly IStatePropertyAccessor<string[]> _handled = conversationState.CreateProperty<string[]>("handledMessageIds");

    /// <inheritdoc/>
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Id))
        {
            await next(cancellationToken);
            return;
        }

        var handled = await _handled.GetAsync(turnContext, () => [], cancellationToken);
        if (handled.Contains(activity.Id, StringComparer.Ordinal))
        {
            // Its answer went out with the first delivery, or was lost with it; saying it twice, or
            // moving the dialog on twice, would be worse.
            return;
        }

        await _handled.SetAsync(turnContext, [.. handled.TakeLast(Remembered - 1), activity.Id], cancellationToken);
        await next(cancellationToken);
    }
}
