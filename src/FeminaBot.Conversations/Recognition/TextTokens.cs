using System.Text;

namespace FeminaBot.Conversations.Recognition;

/// <summary>Splits what a user typed into lower-case words, ignoring punctuation and apostrophes ("don't" is "dont").</summary>
public static class TextTokens
{
    /// <summary>The words of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        // Every recognizer splits the same message, so this runs often: plain ASCII skips
        // Unicode normalization, and words are cut from one buffer rather than built up.
        var source = System.Text.Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormKC);
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(source.Length);
        try
        {
            var tokens = new List<string>(8);
            var length = 0;
            for (var i = 0; i < source.Length; i++)
            {
                var c = char.ToLowerInvariant(source[i]);
                var decimalPoint = c == '.' && length > 0 && char.IsDigit(buffer[length - 1])
                    && i + 1 < source.Length && char.IsDigit(source[i + 1]);
                if (char.IsLetterOrDigit(c) || decimalPoint)
                {
                    // A decimal point inside a number keeps "101.2" one word.
                    buffer[length++] = c;
                }
                else if (c is '\'' or '\u2019')
                {
                    // Apostrophes join: "don't" and "dont" are one word.
                }
                else if (length > 0)
                {
                    tokens.Add(new string(buffer, 0, length));
                    length = 0;
                }
            }

            if (length > 0)
            {
                tokens.Add(new string(buffer, 0, length));
            }

            return tokens;
        }
        finally
        {
            System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        }
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
