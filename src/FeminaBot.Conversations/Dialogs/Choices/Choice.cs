using System.Text.Json.Serialization;
using FeminaBot.Conversations.Schema;

namespace FeminaBot.Conversations.Dialogs.Choices;

/// <summary>One choice a prompt offers: the value returned, an optional button, and other words that pick it.</summary>
public sealed record Choice
{
    /// <summary>Creates a choice.</summary>
    [JsonConstructor]
    public Choice() { }

    /// <summary>Creates a choice with its value and synonyms.</summary>
    public Choice(string value, params string[] synonyms)
    {
        Value = value;
        Synonyms = synonyms.Length > 0 ? synonyms : null;
    }

    /// <summary>The value, also the button's title unless <see cref="Action"/> says otherwise.</summary>
    public string Value { get; init; } = string.Empty;

    /// <summary>The button to show instead of the default <c>imBack</c> of the value.</summary>
    public CardAction? Action { get; init; }

    /// <summary>Other words and phrases that pick this choice.</summary>
    public IReadOnlyList<string>? Synonyms { get; init; }

    /// <summary>The text shown for the choice.</summary>
    public string Title => Action?.Title ?? Value;

    /// <summary>Choices from plain values.</summary>
    public static IReadOnlyList<Choice> FromValues(params string[] values) => values.Select(v => new Choice(v)).ToList();
}
