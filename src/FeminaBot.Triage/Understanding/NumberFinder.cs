using System.Globalization;
using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Understanding;

/// <summary>
/// Numbers in a message, in digits or in words: "101.2", "38,5", "a hundred and two point five",
/// "thirty eight point nine", "one oh one", "102 and a half", "two weeks". One pass over the words.
/// </summary>
internal sealed class NumberFinder(NumberWords words, Grammar grammar)
{
    /// <summary>A number and the words it covers; <paramref name="Decimal"/> when it has a fraction.</summary>
    public readonly record struct Found(double Value, int Start, int End, bool Decimal, bool InWords);

    public List<Found> Find(IReadOnlyList<Word> text)
    {
        var found = new List<Found>();
        for (var i = 0; i < text.Count; i++)
        {
            if (Read(text, i) is { } number)
            {
                found.Add(number);
                i = number.End;
            }
        }

        return found;
    }

    private Found? Read(IReadOnlyList<Word> text, int start)
    {
        double value;
        var i = start;
        var inWords = false;
        if (text[i].IsNumber)
        {
            if (!double.TryParse(text[i].Text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            {
                return null;
            }
        }
        else if (Whole(text, ref i) is { } whole)
        {
            value = whole;
            inWords = true;
        }
        else
        {
            return null;
        }

        var hasDecimal = value != Math.Floor(value) || text[start].Text.Contains('.', StringComparison.Ordinal);

        // "... point five", "101 point 3".
        if (i + 1 < text.Count && words.Point.Contains(text[i + 1].Text) && Decimals(text, i + 2) is { } fraction)
        {
            value += fraction.Value;
            hasDecimal = true;
            i = fraction.End;
        }
        else if (i + 2 < text.Count && grammar.And.Contains(text[i + 1].Text) && Half(text, i + 2) is { } halfEnd)
        {
            // "102 and a half", "treinta y ocho y medio".
            value += 0.5;
            hasDecimal = true;
            i = halfEnd;
        }

        return new Found(value, start, i, hasDecimal, inWords);
    }

    // "a half", "half" (where the language says no article: "y medio").
    private int? Half(IReadOnlyList<Word> text, int i) =>
        words.Half.Contains(text[i].Text) ? i
        : i + 1 < text.Count && grammar.HalfArticles.Contains(text[i].Text) && words.Half.Contains(text[i + 1].Text) ? i + 1
        : null;

    // "a hundred and two", "one hundred one", "thirty eight", "one oh one", "ninety nine", "seven".
    private double? Whole(IReadOnlyList<Word> text, ref int i)
    {
        var first = text[i].Text;
        var start = i;
        double value;
        if (words.Units.TryGetValue(first, out var unit) && i + 1 < text.Count && words.Hundred.Contains(text[i + 1].Text))
        {
            value = unit * 100;
            i++;
            if (i + 1 < text.Count && grammar.And.Contains(text[i + 1].Text))
            {
                i++;
            }

            if (i + 1 < text.Count && Below100(text, i + 1) is { } rest)
            {
                value += rest.Value;
                i = rest.End;
            }
            else if (grammar.And.Contains(text[i].Text))
            {
                i--;
            }

            return value;
        }

        // "one oh one", "one oh two": three digits said one at a time.
        if (i + 2 < text.Count && Digit(first) is { } d1 && Digit(text[i + 1].Text) is { } d2 && Digit(text[i + 2].Text) is { } d3 && d1 > 0)
        {
            i += 2;
            return d1 * 100 + d2 * 10 + d3;
        }

        if (Below100(text, start) is { } small && IsNumberWord(first))
        {
            i = small.End;
            return small.Value;
        }

        return null;
    }

    private (double Value, int End)? Below100(IReadOnlyList<Word> text, int i)
    {
        if (words.Tens.TryGetValue(text[i].Text, out var tens))
        {
            // "thirty eight"; "treinta y ocho" where the language joins them.
            var at = i + 2 < text.Count && grammar.And.Contains(text[i + 1].Text) && !words.Half.Contains(text[i + 2].Text) ? i + 2 : i + 1;
            return at < text.Count && words.Units.TryGetValue(text[at].Text, out var ones) && ones is >= 1 and <= 9 && IsNumberWord(text[at].Text)
                ? (tens + ones, at)
                : (tens, i);
        }

        return words.Units.TryGetValue(text[i].Text, out var unit) ? (unit, i) : text[i].IsNumber && double.TryParse(text[i].Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n < 100 ? (n, i) : null;
    }

    // Digits after "point": "point five", "point 5", "point eight nine".
    private (double Value, int End)? Decimals(IReadOnlyList<Word> text, int i)
    {
        if (i >= text.Count)
        {
            return null;
        }

        if (text[i].IsNumber && text[i].Text.All(char.IsAsciiDigit))
        {
            return (double.Parse("0." + text[i].Text, CultureInfo.InvariantCulture), i);
        }

        var digits = string.Empty;
        var end = i - 1;
        while (end + 1 < text.Count && Digit(text[end + 1].Text) is { } digit)
        {
            digits += digit.ToString(CultureInfo.InvariantCulture);
            end++;
        }

        return digits.Length > 0 ? (double.Parse("0." + digits, CultureInfo.InvariantCulture), end) : null;
    }

    private int? Digit(string word) => IsNumberWord(word) && words.Units.TryGetValue(word, out var value) && value is >= 0 and <= 9 ? (int)value : null;

    // "a", "an", "couple", "few" and "several" count only for lengths of time, never for a reading.
    private bool IsNumberWord(string word) => !grammar.NotReadings.Contains(word);
}
