using System.Globalization;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Recognition;

namespace FeminaBot.Triage.Understanding;

/// <summary>
/// Temperatures among a message's numbers. A number is a reading when a scale follows it ("101 F",
/// "38.6 degrees c"), or it has a decimal point, or the message speaks of temperature; routing.yaml's
/// ranges then place a bare number (35 to 43 is Celsius, 95 to 110 Fahrenheit). Numbers followed by
/// "weeks", "days", "pm" and the like are not temperatures. Whose reading it is, and when, is ConText's.
/// </summary>
internal sealed class TemperatureFinder
{
    private readonly TemperatureWords _words;
    private readonly TemperatureRules _rules;
    private readonly HashSet<string> _speaksOfTemperature;

    private readonly Grammar _grammar;

    public TemperatureFinder(TemperatureWords words, TemperatureRules rules, Lexicon lexicon, Func<string, string> stem, Grammar grammar)
    {
        _grammar = grammar;
        _words = words;
        _rules = rules;
        _speaksOfTemperature = words.Words.SelectMany(lexicon.Read).Select(stem).ToHashSet(StringComparer.Ordinal);
    }

    public void Read(IReadOnlyList<Word> text, List<NumberFinder.Found> numbers, ContextScopes scopes, MessageReading reading)
    {
        var speaksOfTemperature = text.Any(w => _speaksOfTemperature.Contains(w.Stem));
        var unplaceable = false;
        foreach (var number in numbers)
        {
            var after = number.End + 1 < text.Count ? text[number.End + 1].Text : string.Empty;
            if (_words.NotAfter.Contains(after) || text[number.Start].Text.Contains(':', StringComparison.Ordinal))
            {
                continue;
            }

            // "101 degrees F", "38.5 c", "39 deg".
            var scaleAt = _grammar.Degrees.Contains(after) && number.End + 2 < text.Count ? number.End + 2 : number.End + 1;
            var scale = scaleAt < text.Count ? text[scaleAt].Text : string.Empty;
            var fahrenheit = _words.Fahrenheit.Contains(scale);
            var celsius = _words.Celsius.Contains(scale);
            var hasUnit = fahrenheit || celsius || _grammar.Degrees.Contains(after);
            // A whole number from 99 to 110 in a message about breast symptoms is a reading in Fahrenheit
            // ("over 104 and a hard lump"); nothing else of this bot's world is counted in that range.
            var likeFahrenheit = number.Value is >= 99 and <= 110;
            if (!hasUnit && !number.Decimal && !speaksOfTemperature && !likeFahrenheit)
            {
                if (Place(number.Value) is not null && !number.InWords)
                {
                    reading.BareNumbers.Add(number.Value);
                }

                continue;
            }

            // "almost 104", "just under 38": below the number said.
            var value = number.Start > 0 && _grammar.Below.Contains(text[number.Start - 1].Text) ? number.Value - 0.1 : number.Value;
            var found = fahrenheit ? Plausible(TemperatureReading.FromFahrenheit(value))
                : celsius ? Plausible(TemperatureReading.FromCelsius(value))
                : Place(value);
            if (found is null)
            {
                unplaceable |= hasUnit || speaksOfTemperature && number.Value is > 20 and < 130;
                continue;
            }

            var modifiers = scopes.Of(number.Start, number.End);
            if ((modifiers & (Modifier.Hypothetical | Modifier.Other | Modifier.Historical)) != 0)
            {
                continue;
            }

            if ((modifiers & Modifier.Baby) != 0)
            {
                reading.BabyIll = true;
                continue;
            }

            reading.Temperatures.Add(found with { Site = Site(text, number.Start), Earlier = Earlier(text, number.Start) });
        }

        reading.TemperatureUnplaceable = unplaceable && reading.Temperatures.Count == 0;
    }

    private TemperatureReading? Place(double value)
    {
        if (value >= _rules.BareCelsius.From && value <= _rules.BareCelsius.To)
        {
            return TemperatureReading.FromCelsius(value);
        }

        return value >= _rules.BareFahrenheit.From && value <= _rules.BareFahrenheit.To ? TemperatureReading.FromFahrenheit(value) : null;
    }

    // A scale given with a number outside every human reading ("8 f") is a typo, not a temperature.
    private static TemperatureReading? Plausible(TemperatureReading reading) => reading.Fahrenheit is >= 86 and <= 115 ? reading : null;

    // "was 38.9 earlier", "hit 102 last night": the words about the reading, within its sentence.
    private bool Earlier(IReadOnlyList<Word> text, int at)
    {
        for (var i = at - 1; i >= Math.Max(0, at - 4) && !text[i + 1].Sentence; i--)
        {
            if (_grammar.Earlier.Contains(text[i].Text))
            {
                return true;
            }
        }

        for (var i = at + 1; i < Math.Min(text.Count, at + 5) && !text[i].Sentence; i++)
        {
            if (_grammar.Earlier.Contains(text[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    private string? Site(IReadOnlyList<Word> text, int at)
    {
        for (var i = Math.Max(0, at - 4); i < Math.Min(text.Count, at + 4); i++)
        {
            if (_words.Sites.Contains(text[i].Text))
            {
                return text[i].Text;
            }
        }

        return null;
    }
}
