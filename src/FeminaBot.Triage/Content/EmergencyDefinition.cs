namespace FeminaBot.Triage.Content;

/// <summary>The safety check: one question, the phrases of each emergency sign, and the signs that count only with feeling very ill.</summary>
public sealed record EmergencyDefinition(
    string Question,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Signs,
    IReadOnlyList<string> SevereInfectionSigns,
    IReadOnlyList<string> SevereInfectionWith);
