using FeminaBot.Conversations.Schema;

namespace FeminaBot.Conversations.Turns;

/// <summary>The bot logic a turn runs once the middleware has passed it on.</summary>
public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);

/// <summary>Hands the turn to the next middleware, or to the bot after the last one.</summary>
public delegate Task NextDelegate(CancellationToken cancellationToken);

/// <summary>
/// Sees, and may change, what the bot sends before it is buffered; call <paramref name="next"/>
/// to let it through.
/// </summary>
public delegate Task SendActivitiesHandler(ITurnContext turnContext, List<Activity> activities, Func<Task> next);
