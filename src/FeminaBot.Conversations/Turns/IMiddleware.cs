namespace FeminaBot.Conversations.Turns;

/// <summary>A step every turn passes through before and after the bot.</summary>
public interface IMiddleware
{
    /// <summary>Does its work and calls <paramref name="next"/> to continue the turn, or returns to end it.</summary>
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken);
}
