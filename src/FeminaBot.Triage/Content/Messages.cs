using System.Text;

namespace FeminaBot.Triage.Content;

/// <summary>Everything the bot says, by key, from dialogs/messages.yaml; nested keys are joined with a dot.</summary>
public sealed class Messages
{
    private readonly IReadOnlyDictionary<string, string> _messages;

    internal Messages(IReadOnlyDictionary<string, string> messages) => _messages = messages;

    public string this[string key] => _messages.TryGetValue(key, out var text)
        ? text
        : throw new KeyNotFoundException($"dialogs/messages.yaml has no message '{key}'.");

    public bool Has(string key) => _messages.ContainsKey(key);

    /// <summary>Every key, for checking that each language has the same messages.</summary>
    public IEnumerable<string> Keys => _messages.Keys;

    /// <summary>The message with its <c>{placeholders}</c> filled in.</summary>
    public string Format(string key, params (string Name, string Value)[] values) => Fill(this[key], values);

    /// <summary>Names as a list in a sentence, the last joined by the word of <paramref name="joinKey"/>: "redness, fever and chills".</summary>
    public string List(IReadOnlyList<string> names, string joinKey)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.Count switch
        {
            0 => string.Empty,
            1 => names[0],
            _ => $"{string.Join(", ", names.Take(names.Count - 1))} {this[joinKey]} {names[^1]}",
        };
    }

    /// <summary>Fills <c>{placeholders}</c> in any text.</summary>
    public static string Fill(string template, params (string Name, string Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var text = new StringBuilder(template);
        foreach (var (name, value) in values)
        {
            text.Replace("{" + name + "}", value);
        }

        return text.ToString();
    }
}
