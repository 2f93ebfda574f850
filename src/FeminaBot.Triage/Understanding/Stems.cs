namespace FeminaBot.Triage.Understanding;

/// <summary>
/// A light stemmer, enough to match other forms of a word: "hurts", "hurting" and "hurt" share
/// "hurt"; "aches" and "aching" share "ach". Both the phrases and the message are stemmed the same
/// way, so a stem only has to be consistent, not a real word.
/// </summary>
internal static class Stems
{
    /// <summary>The stemmer of a language: Spanish for "es", English for every other.</summary>
    public static Func<string, string> For(string language) => language == "es" ? Spanish : Of;

    /// <summary>
    /// Spanish: a final "s", then a final a, o or e, so that "roja", "rojo" and "rojos" share "roj",
    /// and "dolor" and "dolores" share "dolor". Words are already in lower case without accents.
    /// </summary>
    public static string Spanish(string word)
    {
        if (word.Length == 0 || char.IsAsciiDigit(word[0]))
        {
            return word;
        }

        var end = word.Length;
        if (end >= 4 && word[end - 1] == 's')
        {
            end--;
        }

        if (end >= 4 && word[end - 1] is 'a' or 'o' or 'e')
        {
            end--;
        }

        return end == word.Length ? word : word[..end];
    }

    public static string Of(string word)
    {
        if (word.Length == 0 || char.IsAsciiDigit(word[0]))
        {
            return word;
        }

        var stem = word;
        if (stem.Length >= 5 && stem.EndsWith("ing", StringComparison.Ordinal))
        {
            stem = stem[..^3];
        }
        else if (stem.Length >= 5 && (stem.EndsWith("ies", StringComparison.Ordinal) || stem.EndsWith("ied", StringComparison.Ordinal)))
        {
            stem = stem[..^3] + "y";
        }
        else if (stem.Length >= 5 && stem.EndsWith("ed", StringComparison.Ordinal))
        {
            stem = stem[..^2];
        }
        else if (stem.Length >= 4 && stem[^1] == 's' && stem[^2] != 's' && stem[^2] != 'u' && stem[^2] != 'i')
        {
            stem = stem[..^1];
        }

        // "ache" and "ach(ing)", "swell" and "swel(ling)": drop a final e and a doubled last letter.
        if (stem.Length >= 4 && stem[^1] == 'e')
        {
            stem = stem[..^1];
        }

        if (stem.Length >= 4 && stem[^1] == stem[^2] && !char.IsAsciiDigit(stem[^1]))
        {
            stem = stem[..^1];
        }

        return stem;
    }
}
