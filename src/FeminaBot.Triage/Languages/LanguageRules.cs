namespace FeminaBot.Triage.Languages;

/// <summary>The languages, English first, and how many of a language's marks make a message clearly in it.</summary>
public sealed record LanguageRules(int ClearFrom, IReadOnlyList<Language> All);
