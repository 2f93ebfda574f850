namespace FeminaBot.Conversations.Turns;

/// <summary>Per-turn services and caches, keyed by name or by type; gone when the turn ends.</summary>
public sealed class TurnStateCollection
{
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    /// <summary>The value stored under <paramref name="key"/>, or default.</summary>
    public T? Get<T>(string key) where T : class => _values.TryGetValue(key, out var value) ? value as T : null;

    /// <summary>The value stored under its type's full name, or default.</summary>
    public T? Get<T>() where T : class => Get<T>(typeof(T).FullName!);

    /// <summary>Stores a value under <paramref name="key"/>, replacing any other.</summary>
    public void Set<T>(string key, T value) where T : class => _values[key] = value;

    /// <summary>Stores a value under its type's full name.</summary>
    public void Set<T>(T value) where T : class => Set(typeof(T).FullName!, value);

    /// <summary>Removes the value stored under <paramref name="key"/>.</summary>
    public bool Remove(string key) => _values.Remove(key);
}
