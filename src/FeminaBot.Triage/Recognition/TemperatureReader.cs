using System.Globalization;
using FeminaBot.Conversations.Recognition;
using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Recognition;

/// <summary>
/// Reads temperatures: "101.3 F", "38.6 degrees celsius" and "about 100 degrees" through
/// Microsoft.Recognizers.Text.NumberWithUnit, and bare numbers placed by range (35 to 43 is Celsius,
/// 95 to 110 Fahrenheit). A bare number counts only when it looks like a reading: it has a decimal
/// point, the message speaks of fever or temperature, or the bot just asked for one.
/// </summary>
internal sealed class TemperatureReader(TemperatureRules rules)
{
    private static readonly HashSet<string> TemperatureWords = new(System.StringComparer.Ordinal)
    {
        "fever", "temp", "temperature", "thermometer", "degrees", "degree", "febrile", "reading", "measured", "took",
    };

    /// <summary>The readings in the text, and whether a number that should have been one was out of every range.</summary>
    public (IReadOnlyList<TemperatureReading> Readings, bool Unplaceable) Read(string? text, bool askedForTemperature, string? locale)
    {
        var readings = new List<TemperatureReading>();
        var unplaceable = false;
        var speaksOfTemperature = askedForTemperature || TextTokens.Split(text).Any(TemperatureWords.Contains);

        // No digit and no talk of temperature: there is no reading to find, and the recognizers are
        // the costliest step of a turn. With talk of temperature, numbers in words count too.
        if (!speaksOfTemperature && !(text ?? string.Empty).Any(char.IsAsciiDigit))
        {
            return (readings, false);
        }

        var culture = RecognizerCulture.For(locale);
        var withUnits = RecognizerModels.Temperatures(text ?? string.Empty, culture);
        foreach (var result in withUnits)
        {
            if (!TryValue(result.Resolution, out var value, out var unit))
            {
                continue;
            }

            var reading = unit switch
            {
                "F" => TemperatureReading.FromFahrenheit(value),
                "C" => TemperatureReading.FromCelsius(value),
                _ => Place(value),
            };
            if (reading is null)
            {
                unplaceable = true;
            }
            else
            {
                readings.Add(reading);
            }
        }

        if (readings.Count > 0 || withUnits.Count > 0)
        {
            return (readings, unplaceable && readings.Count == 0);
        }

        foreach (var number in NumberRecognition.Numbers(text, locale))
        {
            var value = (double)number;
            var hasDecimals = number != decimal.Truncate(number);
            if (!speaksOfTemperature && !hasDecimals)
            {
                continue;
            }

            if (Place(value) is { } reading)
            {
                readings.Add(reading);
            }
            else if (speaksOfTemperature && value is > 20 and < 130)
            {
                unplaceable = true;
            }
        }

        return (readings, unplaceable && readings.Count == 0);
    }

    private TemperatureReading? Place(double value)
    {
        if (value >= rules.BareCelsius.From && value <= rules.BareCelsius.To)
        {
            return TemperatureReading.FromCelsius(value);
        }

        return value >= rules.BareFahrenheit.From && value <= rules.BareFahrenheit.To
            ? TemperatureReading.FromFahrenheit(value)
            : null;
    }

    private static bool TryValue(SortedDictionary<string, object>? resolution, out double value, out string unit)
    {
        value = 0;
        unit = string.Empty;
        if (resolution is null
            || !resolution.TryGetValue("value", out var raw)
            || !double.TryParse(Convert.ToString(raw, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        unit = resolution.TryGetValue("unit", out var u) ? Convert.ToString(u, CultureInfo.InvariantCulture) ?? string.Empty : string.Empty;
        return true;
    }
}
