namespace FeminaBot.Conversations.Turns;

/// <summary>A bot: the logic that handles one turn.</summary>
public interface IBot
{
    /// <summary>Handles the turn's incoming activity.</summary>
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
