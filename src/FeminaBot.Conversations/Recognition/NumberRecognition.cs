using System.Globalization;
using Microsoft.Recognizers.Text;

namespace FeminaBot.Conversations.Recognition;

/// <summary>Numbers in what a user typed, in digits or words ("2", "two", "2.5", "the second one"), via Microsoft.Recognizers.Text.</summary>
public static class NumberRecognition
{
    /// <summary>Every number in the text, in order, as decimals.</summary>
    public static IReadOnlyList<decimal> Numbers(string? text, string? locale = null) =>
        Values(RecognizerModels.Numbers(text ?? string.Empty, RecognizerCulture.For(locale)));

    /// <summary>Every ordinal in the text ("first", "2nd"), in order.</summary>
    public static IReadOnlyList<decimal> Ordinals(string? text, string? locale = null) =>
        Values(RecognizerModels.Ordinals(text ?? string.Empty, RecognizerCulture.For(locale)));

    /// <summary>
    /// The one position a user picked by number or ordinal ("2", "two", "the second one", "number 2"),
    /// from one; null when there is none or more than one.
    /// </summary>
    public static int? Position(string? text, string? locale = null)
    {
        var ordinals = Ordinals(text, locale);
        var numbers = ordinals.Count > 0 ? ordinals : Numbers(text, locale);
        return numbers.Count == 1 && numbers[0] == decimal.Truncate(numbers[0]) && numbers[0] is > 0 and < 1000
            ? (int)numbers[0]
            : null;
    }

    private static List<decimal> Values(List<ModelResult> results)
    {
        var values = new List<decimal>(results.Count);
        foreach (var result in results)
        {
            if (result.Resolution is { } resolution
                && resolution.TryGetValue("value", out var value)
                && decimal.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                values.Add(number);
            }
        }

        return values;
    }
}
