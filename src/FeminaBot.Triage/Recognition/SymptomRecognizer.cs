using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Recognition;

/// <summary>
/// Reads every sign a message states, so the bot asks only about what is still unknown:
/// "my left boob has a hard lump and I've had chills all night, 101.2" gives lump, chills and a
/// reading of 101.2 °F. Negations count ("no fever", "it's not red"); so do slang and typos.
/// </summary>
public sealed class SymptomRecognizer
{
    /// <summary>The emergency sign id for a reading at or above the emergency threshold.</summary>
    public const string HighTemperatureSign = "temperature";

    /// <summary>The emergency sign id for spreading redness, dark skin or pus with feeling very ill.</summary>
    public const string SevereInfectionSign = "severeInfection";

    private static readonly HashSet<string> NowWords = new(StringComparer.Ordinal) { "anymore", "now", "currently", "today", "gone", "tonight" };

    private readonly Dictionary<string, PhraseSet> _findings;
    private readonly Dictionary<string, PhraseSet> _emergency;
    private readonly PhraseSet _severe;
    private readonly PhraseSet _severeWith;
    private readonly TemperatureReader _temperatures;
    private readonly TemperatureRules _rules;

    /// <summary>Builds the recognizer from the content in dialogs/.</summary>
    public SymptomRecognizer(TriageContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _findings = content.Findings.ToDictionary(f => f.Key, f => new PhraseSet(f.Value.Yes), StringComparer.Ordinal);
        _emergency = content.Emergency.Signs.ToDictionary(s => s.Key, s => new PhraseSet(s.Value), StringComparer.Ordinal);
        _severe = new PhraseSet(content.Emergency.SevereInfectionSigns);
        _severeWith = new PhraseSet(content.Emergency.SevereInfectionWith);
        _rules = content.Routing.Temperature;
        _temperatures = new TemperatureReader(_rules);
    }

    /// <summary>Reads a message; <paramref name="askedForTemperature"/> lets a bare whole number count as a reading.</summary>
    public SymptomReading Read(string? text, bool askedForTemperature = false, string? locale = null)
    {
        var clauses = Clauses.Of(text);
        var findings = new Dictionary<string, Polarity>(StringComparer.Ordinal);
        foreach (var clause in clauses)
        {
            foreach (var (id, phrases) in _findings)
            {
                if (phrases.In(clause) is not { } polarity)
                {
                    continue;
                }

                // "No fever now" says nothing of a fever earlier, and a fever at any time since
                // the symptoms began counts: leave it unknown so the bot asks.
                if (id == FindingIds.Fever && polarity == Polarity.No && clause.Any(NowWords.Contains))
                {
                    continue;
                }

                findings[id] = Merge(findings.GetValueOrDefault(id, polarity), polarity);
            }
        }

        var emergency = new List<string>();
        foreach (var (id, phrases) in _emergency)
        {
            // Doubt about an emergency sign ("I might hurt my baby") errs toward care: only a plain "no" rules it out.
            if (clauses.Any(clause => phrases.In(clause) is Polarity.Yes or Polarity.Unsure))
            {
                emergency.Add(id);
            }
        }

        if (clauses.Any(c => _severe.In(c) is Polarity.Yes or Polarity.Unsure) && clauses.Any(c => _severeWith.In(c) is Polarity.Yes or Polarity.Unsure))
        {
            emergency.Add(SevereInfectionSign);
        }

        var (readings, unplaceable) = _temperatures.Read(text, askedForTemperature, locale);
        if (readings.Any(r => r.Fahrenheit >= _rules.EmergencyFahrenheit))
        {
            emergency.Add(HighTemperatureSign);
        }

        return new SymptomReading(findings, emergency, readings, unplaceable);
    }

    // Within one message, yes beats unsure beats no: the safer reading wins.
    private static Polarity Merge(Polarity a, Polarity b) =>
        a == Polarity.Yes || b == Polarity.Yes ? Polarity.Yes : a == Polarity.Unsure || b == Polarity.Unsure ? Polarity.Unsure : Polarity.No;
}
