using System.Text.Json.Serialization.Metadata;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.State;

/// <summary>The accessor <see cref="BotState.CreateProperty{T}(string)"/> hands out.</summary>
internal sealed class StatePropertyAccessor<T>(BotState state, string name, JsonTypeInfo<T> typeInfo) : IStatePropertyAccessor<T>
{
    public string Name { get; } = name;

    public async Task<T?> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var cached = await state.LoadCachedAsync(turnContext, cancellationToken);
        return cached.TryGet(Name, typeInfo, out var value) ? value : default;
    }

    public async Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultValueFactory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(defaultValueFactory);
        var cached = await state.LoadCachedAsync(turnContext, cancellationToken);
        if (cached.TryGet(Name, typeInfo, out var value) && value is not null)
        {
            return value;
        }

        var created = defaultValueFactory();
        cached.Set(Name, created, typeInfo);
        return created;
    }

    public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
    {
        var cached = await state.LoadCachedAsync(turnContext, cancellationToken);
        cached.Set(Name, value, typeInfo);
    }

    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var cached = await state.LoadCachedAsync(turnContext, cancellationToken);
        cached.Remove(Name);
    }
}
