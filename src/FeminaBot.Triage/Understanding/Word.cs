namespace FeminaBot.Triage.Understanding;

/// <summary>
/// One word of a message as FeminaBot reads it: <see cref="Text"/> after spellings, stretched letters,
/// joined words and typos are undone; <see cref="Stem"/> for matching other forms of it; and what
/// stands between it and the word before.
/// </summary>
/// <param name="Text">The word as read ("shivering" for "shiverinnng").</param>
/// <param name="Stem">Its stem ("shiver").</param>
/// <param name="Typed">The word as typed, in lower case.</param>
/// <param name="Sentence">A full stop, question mark, semicolon or line break stands before it.</param>
/// <param name="Comma">A comma stands before it.</param>
public readonly record struct Word(string Text, string Stem, string Typed, bool Sentence, bool Comma)
{
    /// <summary>Whether it is a number written in digits ("101", "38.5").</summary>
    public bool IsNumber => Text.Length > 0 && char.IsAsciiDigit(Text[0]);
}
