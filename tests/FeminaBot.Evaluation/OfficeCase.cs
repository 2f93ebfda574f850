namespace FeminaBot.Evaluation;

/// <summary>
/// One office question of offices/: asked at the file's reference time (the clinic's local time),
/// after any earlier messages, with the facts every correct answer holds.
/// </summary>
public sealed record OfficeCase(string Id, string Category, DateTime Reference, IReadOnlyList<string> Before, string Says, IReadOnlyList<string> Facts, string Source);
