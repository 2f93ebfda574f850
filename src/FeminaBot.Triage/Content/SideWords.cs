namespace FeminaBot.Triage.Content;

/// <summary>
/// The words that say which breast (dialogs/sides.yaml): each side's word and shorthand, the words of
/// both, the breast words a side stands before, and the words around it that make it a side or not.
/// </summary>
public sealed record SideWords(
    SideWord Left,
    SideWord Right,
    IReadOnlySet<string> Both,
    IReadOnlySet<string> BreastWords,
    IReadOnlySet<string> NotBetween,
    IReadOnlySet<string> After,
    IReadOnlySet<string> NotBefore);

/// <summary>A side's word, which counts with one typo when the typed word is at least as long, and its shorthand, which counts only as written.</summary>
public sealed record SideWord(string Word, IReadOnlySet<string> Shorthand);
