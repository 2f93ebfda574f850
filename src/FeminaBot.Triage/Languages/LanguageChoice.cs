namespace FeminaBot.Triage.Languages;

/// <summary>The language a turn speaks, whether the person asked for it, and the words of each language in the message.</summary>
public sealed record LanguageChoice(Language Language, bool Asked, LanguageWords Words);

/// <summary>How many words of a message speak for each language, by code.</summary>
public sealed class LanguageWords(IReadOnlyList<string> codes, IReadOnlyList<int> counts)
{
    /// <summary>A message read in a bot that speaks one language.</summary>
    public static LanguageWords None { get; } = new([], []);

    /// <summary>The words that speak for the language of <paramref name="code"/>.</summary>
    public int Of(string code)
    {
        for (var i = 0; i < codes.Count; i++)
        {
            if (codes[i] == code)
            {
                return counts[i];
            }
        }

        return 0;
    }
}
