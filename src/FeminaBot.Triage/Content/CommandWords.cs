using FeminaBot.Triage.Recognition;

namespace FeminaBot.Triage.Content;

/// <summary>
/// The words of the commands a person may type (dialogs/commands.yaml): each command's phrases in the
/// order they are tried, the polite words that may stand around one, and the words of breast trouble.
/// </summary>
public sealed record CommandWords(IReadOnlyList<CommandPhrase> Phrases, IReadOnlySet<string> Polite, IReadOnlySet<string> BreastTrouble);

/// <summary>One phrase that gives a command, as its words.</summary>
public sealed record CommandPhrase(Command Command, IReadOnlyList<string> Words);
