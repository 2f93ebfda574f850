using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.State;

/// <summary>
/// Reads the states in one call before the bot runs and saves what changed in one call after it.
/// A lost ETag race surfaces as <see cref="Storage.StoreConcurrencyException"/>, and the adapter
/// runs the turn again.
/// </summary>
public sealed class AutoSaveStateMiddleware(params BotState[] states) : IMiddleware
{
    private readonly BotStateSet _set = new(states);

    /// <inheritdoc/>
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        await _set.LoadAllAsync(turnContext, cancellationToken);
        await next(cancellationToken);
        await _set.SaveAllChangesAsync(turnContext, cancellationToken);
    }
}
