namespace FeminaBot.Conversations.Turns;

/// <summary>The ordered middleware of an adapter; runs each in turn, then the bot.</summary>
public sealed class MiddlewareSet : IMiddleware
{
    private readonly List<IMiddleware> _middleware = [];

    /// <summary>Appends a middleware; it runs after those added before it.</summary>
    public MiddlewareSet Use(IMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware.Add(middleware);
        return this;
    }

    /// <summary>Runs the middleware and then <paramref name="callback"/>.</summary>
    public Task ReceiveActivityAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        RunAsync(turnContext, 0, callback, cancellationToken);

    /// <inheritdoc/>
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        return RunAsync(turnContext, 0, (_, ct) => next(ct), cancellationToken);
    }

    private Task RunAsync(ITurnContext turnContext, int index, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        if (index == _middleware.Count)
        {
            return callback(turnContext, cancellationToken);
        }

        return _middleware[index].OnTurnAsync(
            turnContext,
            ct => RunAsync(turnContext, index + 1, callback, ct),
            cancellationToken);
    }
}
