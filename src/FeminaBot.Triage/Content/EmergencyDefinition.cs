namespace FeminaBot.Triage.Content;

/// <summary>The safety check: one question, the phrases of each emergency sign, the signs that count only with feeling very ill, and the words of death and of wishing that together are thoughts of harm.</summary>
public sealed record EmergencyDefinition(
    string Question,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Signs,
    IReadOnlyList<string> SevereInfectionSigns,
    IReadOnlyList<string> SevereInfectionWith,
    IReadOnlyList<string> HarmDeath,
    IReadOnlyList<string> HarmWith);
