namespace FeminaBot.Triage.Content;

/// <summary>A sign the bot asks about: its name in sentences, its question, and the phrases that mean yes.</summary>
public sealed record FindingDefinition(string Id, string Name, string Question, IReadOnlyList<string> Yes);
