namespace FeminaBot.Triage.Languages;

/// <summary>
/// A language FeminaBot speaks (dialogs/languages.yaml): its code ("es"), its name as its speakers
/// write it, its folder under dialogs/ (none for English, whose files are dialogs/ itself), the
/// phrases that ask for it, and the words common in it and rare in the others.
/// </summary>
public sealed record Language(string Code, string Name, string? Folder, IReadOnlyList<string[]> Ask, IReadOnlySet<string> Marks);
