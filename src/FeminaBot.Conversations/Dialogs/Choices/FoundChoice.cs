namespace FeminaBot.Conversations.Dialogs.Choices;

/// <summary>The choice a user's words picked: its value, its position, and how sure the match is.</summary>
/// <param name="Value">The choice's value.</param>
/// <param name="Index">Its position among the choices, from zero.</param>
/// <param name="Score">From 0 to 1; 1 for an exact word or number.</param>
/// <param name="Synonym">The value or synonym that matched.</param>
public sealed record FoundChoice(string Value, int Index, double Score, string? Synonym = null);
