using System.Text;

namespace FeminaBot.Conversations.Recognition;

/// <summary>Splits what a user typed into lower-case words, ignoring punctuation and apostrophes ("don't" is "dont").</summary>
public static class TextTokens
{
    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> Split(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return tokens;
        }

        var word = new StringBuilder();
        var normalized = text.Normalize(NormalizationForm.FormKC);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = char.ToLowerInvariant(normalized[i]);
            var decimalPoint = c == '.' && word.Length > 0 && char.IsDigit(word[^1])
                && i + 1 < normalized.Length && char.IsDigit(normalized[i + 1]);
            if (char.IsLetterOrDigit(c) || decimalPoint)
            {
                // A decimal point inside a number keeps "101.2" one word.
                word.Append(c);
            }
            else if (c is '\'' or '\u2019')
            {
                // Apostrophes join: "don't" and "dont" are one word.
            }
            else if (word.Length > 0)
            {
                tokens.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            tokens.Add(word.ToString());
        }

        return tokens;
    }

    /// <summary>Whether <paramref name="tokens"/> holds <paramref name="phrase"/> as consecutive words; returns where, or -1.</summary>
    public static int IndexOf(IReadOnlyList<string> tokens, IReadOnlyList<string> phrase, Func<string, string, bool>? equals = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(phrase);
        equals ??= string.Equals;
        if (phrase.Count == 0)
        {
            return -1;
        }

        for (var start = 0; start + phrase.Count <= tokens.Count; start++)
        {
            var all = true;
            for (var i = 0; i < phrase.Count && all; i++)
            {
                all = equals(tokens[start + i], phrase[i]);
            }

            if (all)
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>A word with runs of a repeated letter shortened to one ("yesss", "nooo" become "yes", "no").</summary>
    public static string Squeeze(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (builder.Length == 0 || builder[^1] != c || char.IsDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
