namespace FeminaBot.Triage.Recognition;

/// <summary>What one message says: each sign it mentions with its polarity, any emergency signs, and temperature readings.</summary>
public sealed record SymptomReading(
    IReadOnlyDictionary<string, Polarity> Findings,
    IReadOnlyList<string> EmergencySigns,
    IReadOnlyList<TemperatureReading> Temperatures,
    bool TemperatureUnplaceable)
{
    /// <summary>Whether the message says anything about symptoms at all.</summary>
    public bool SaysAnything => Findings.Count > 0 || EmergencySigns.Count > 0 || Temperatures.Count > 0;
}
