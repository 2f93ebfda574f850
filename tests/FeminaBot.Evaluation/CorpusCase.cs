namespace FeminaBot.Evaluation;

/// <summary>One conversation of the corpus: what the person types, and where it must end (corpus/README.md).</summary>
public sealed record CorpusCase(string Id, string File, int Line, Outcome Expect, bool Crisis, IReadOnlyList<string> Say, string? Note);
