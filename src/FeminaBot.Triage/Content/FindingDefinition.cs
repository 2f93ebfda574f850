namespace FeminaBot.Triage.Content;

/// <summary>A sign the bot asks about: its name in sentences, its question, the phrases that mean yes, and those that answer only when denied.</summary>
public sealed record FindingDefinition(string Id, string Name, string Question, IReadOnlyList<string> Yes, IReadOnlyList<string> DeniedOnly);
