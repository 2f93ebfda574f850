using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.State;

/// <summary>A typed property of a <see cref="BotState"/>, read and written within a turn.</summary>
public interface IStatePropertyAccessor<T>
{
    /// <summary>The property's name in the stored document.</summary>
    string Name { get; }

    /// <summary>The property's value, or default when it is not set.</summary>
    Task<T?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);

    /// <summary>The property's value; when it is not set, the factory's value, which is then set.</summary>
    Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default);

    /// <summary>Sets the property; saved with the state at the end of the turn.</summary>
    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    /// <summary>Removes the property.</summary>
    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
