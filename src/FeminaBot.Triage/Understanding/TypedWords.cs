using System.Text;

namespace FeminaBot.Triage.Understanding;

/// <summary>
/// Cuts a message into the words as typed, in lower case, with what stands between them: "38,5"
/// and "101.2" stay one number, "10:40" one time, "101F" is "101" and "f", apostrophes join ("can't"
/// is "cant"), and emoji and other symbols are passed over. Linear in the length of the text.
/// </summary>
internal static class TypedWords
{
    public readonly record struct Typed(string Text, bool Sentence, bool Comma);

    public static List<Typed> Split(string? text)
    {
        var words = new List<Typed>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        var source = Ascii.IsValid(text) ? text : RemoveAccents(text.Normalize(NormalizationForm.FormKC));
        var word = new StringBuilder(16);
        bool sentence = false, comma = false;
        for (var i = 0; i < source.Length; i++)
        {
            var c = char.ToLowerInvariant(source[i]);
            var previous = word.Length > 0 ? word[^1] : '\0';
            var next = i + 1 < source.Length ? source[i + 1] : '\0';
            if (char.IsLetterOrDigit(c))
            {
                // "101f", "38c": a number and its unit are two words.
                if (word.Length > 0 && char.IsAsciiLetter(previous) != char.IsAsciiLetter(c) && IsDigitRun(word) && !IsOrdinalSuffix(source, i))
                {
                    Flush(words, word, ref sentence, ref comma);
                }

                word.Append(c);
            }
            else if (c is '.' or ':' && char.IsAsciiDigit(previous) && char.IsAsciiDigit(next))
            {
                word.Append(c == ',' ? '.' : c);
            }
            else if (c == ',' && char.IsAsciiDigit(previous) && IsCommaDecimal(source, i))
            {
                // "38,5": a decimal comma, as Spanish and much of the world write it.
                word.Append('.');
            }
            else if (c is '\'' or '\u2019' or '\u2018' or '`')
            {
                // Apostrophes join: "don't" is "dont".
            }
            else if (c == '/' && word.Length == 1 && char.IsLetter(previous))
            {
                // "w/", "w/o", "b/c".
                word.Append(c);
            }
            else
            {
                Flush(words, word, ref sentence, ref comma);
                if (c is '.' or '!' or '?' or ';' or '\n' or '\r')
                {
                    sentence = words.Count > 0;
                }
                else if (c == ',')
                {
                    comma = words.Count > 0;
                }
            }
        }

        Flush(words, word, ref sentence, ref comma);
        return words;
    }

    // "1st", "2nd", "3rd", "4th" stay one word.
    private static bool IsOrdinalSuffix(string source, int at)
    {
        var end = at;
        while (end < source.Length && char.IsLetter(source[end]))
        {
            end++;
        }

        return end - at == 2 && source.Substring(at, 2).ToLowerInvariant() is "st" or "nd" or "rd" or "th";
    }

    private static bool IsDigitRun(StringBuilder word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (!char.IsAsciiDigit(word[i]) && word[i] is not ('.' or ':'))
            {
                return false;
            }
        }

        return true;
    }

    // Two or three digits, a comma, one or two digits, and no more digits: "38,5", "100,4".
    private static bool IsCommaDecimal(string source, int comma)
    {
        var before = 0;
        for (var i = comma - 1; i >= 0 && char.IsAsciiDigit(source[i]); i--)
        {
            before++;
        }

        var after = 0;
        for (var i = comma + 1; i < source.Length && char.IsAsciiDigit(source[i]); i++)
        {
            after++;
        }

        return before is 2 or 3 && after is 1 or 2;
    }

    private static void Flush(List<Typed> words, StringBuilder word, ref bool sentence, ref bool comma)
    {
        if (word.Length == 0)
        {
            return;
        }

        words.Add(new Typed(word.ToString(), sentence, comma && !sentence));
        word.Clear();
        sentence = false;
        comma = false;
    }

    private static string RemoveAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                plain.Append(c);
            }
        }

        return plain.ToString();
    }
}
