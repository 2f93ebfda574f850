using System.Text;
using System.Text.RegularExpressions;

namespace FeminaBot.Twilio;

/// <summary>
/// Text as a phone shows it: plain characters only, and split into messages that fit the segment
/// limits. GSM-7 fits 160 characters in one segment and 153 per segment when concatenated (the
/// extension characters <c>^{}\[~]|€</c> count twice); one character outside GSM-7 makes the whole
/// message UCS-2, which fits 70 and 67.
/// </summary>
public static partial class SmsText
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "^{}\\[~]|€\f";

    // Typographic characters the bot's texts use, turned into what GSM-7 has, so a reply does not
    // fall back to UCS-2 and cost twice the segments for a bullet or a degree sign.
    private static readonly (string From, string To)[] Plain =
    [
        ("\u2019", "'"), ("\u2018", "'"), ("\u201C", "\""), ("\u201D", "\""), ("\u2013", "-"), ("\u2014", "-"),
        ("\u2022", "-"), ("\u00B0", ""), ("\u2026", "..."), ("\u00A0", " "), ("**", string.Empty), ("__", string.Empty),
    ];

    /// <summary>The text with typography and Markdown emphasis replaced by plain characters.</summary>
    public static string ToPlain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = new StringBuilder(text);
        foreach (var (from, to) in Plain)
        {
            plain.Replace(from, to);
        }

        return plain.ToString();
    }

    /// <summary>Whether every character is in the GSM-7 alphabet.</summary>
    public static bool IsGsm7(string text) => text.All(c => Basic.Contains(c, StringComparison.Ordinal) || Extension.Contains(c, StringComparison.Ordinal));

    /// <summary>How many segments the text costs.</summary>
    public static int Segments(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return 1;
        }

        if (IsGsm7(text))
        {
            var septets = text.Sum(c => Extension.Contains(c, StringComparison.Ordinal) ? 2 : 1);
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }

        return text.Length <= 70 ? 1 : (text.Length + 66) / 67;
    }

    /// <summary>
    /// The text split into messages of at most <paramref name="maxSegments"/> segments each, keeping
    /// paragraphs (such as a numbered list of choices) whole where they fit, then breaking between
    /// sentences, then between words, and only then inside a word. A numbered list that does not fit
    /// after what comes before it takes the paragraph before it (its question) into the next message,
    /// so its options never arrive alone.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int maxSegments)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSegments, 1);
        var messages = new List<string>();
        var current = new List<string>();
        foreach (var paragraph in text.Split("\n\n").Where(p => p.Trim().Length > 0))
        {
            var first = true;
            foreach (var unit in Fit(paragraph.TrimEnd(), maxSegments))
            {
                if (current.Count == 0 || Segments(Join([.. current, unit])) <= maxSegments)
                {
                    current.Add(unit);
                }
                else if (first && IsNumberedList(paragraph) && current.Count > 1 && Segments(Join([current[^1], unit])) <= maxSegments)
                {
                    messages.Add(Join(current.Take(current.Count - 1)));
                    current = [current[^1], unit];
                }
                else
                {
                    messages.Add(Join(current));
                    current = [unit];
                }

                first = false;
            }
        }

        if (Join(current).Length > 0)
        {
            messages.Add(Join(current));
        }

        return messages;
    }

    private static string Join(IEnumerable<string> units) => string.Join("\n\n", units).Trim();

    // Every line "1. ...", as a list of choices is written.
    private static bool IsNumberedList(string paragraph) => paragraph.Split('\n').All(NumberedLine().IsMatch);

    [GeneratedRegex(@"^\s*\d+\. \S")]
    private static partial Regex NumberedLine();

    // A paragraph whole if it fits, else its sentences packed into chunks that fit.
    private static IEnumerable<string> Fit(string paragraph, int maxSegments)
    {
        if (Segments(paragraph) <= maxSegments)
        {
            yield return paragraph;
            yield break;
        }

        var current = string.Empty;
        foreach (var sentence in Pieces(paragraph))
        {
            var joined = current + sentence;
            if (Segments(joined.TrimEnd()) <= maxSegments)
            {
                current = joined;
                continue;
            }

            if (current.Trim().Length > 0)
            {
                yield return current.Trim();
            }

            current = sentence.TrimStart();
            while (Segments(current.TrimEnd()) > maxSegments)
            {
                var cut = LongestFit(current, maxSegments);
                yield return current[..cut].Trim();
                current = current[cut..].TrimStart();
            }
        }

        if (current.Trim().Length > 0)
        {
            yield return current.Trim();
        }
    }

    // Sentences (ending in . ! ? or a line break, with what follows them) and, within a sentence, words.
    private static IEnumerable<string> Pieces(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var endsSentence = text[i] == '\n' || (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (endsSentence)
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private static int LongestFit(string text, int maxSegments)
    {
        var fit = 1;
        for (var length = 1; length <= text.Length && Segments(text[..length]) <= maxSegments; length++)
        {
            fit = length;
        }

        var space = text.LastIndexOf(' ', fit - 1, fit);
        return space > 0 ? space : fit;
    }
}
