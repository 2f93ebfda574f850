namespace FeminaBot.Conversations.Dialogs.Choices;

/// <summary>The words that join choices in inline text, and whether they are numbered; English by default.</summary>
public sealed record ChoiceFactoryOptions
{
    /// <summary>Between choices: <c>", "</c>.</summary>
    public string InlineSeparator { get; init; } = ", ";

    /// <summary>Between exactly two choices: <c>" or "</c>.</summary>
    public string InlineOr { get; init; } = " or ";

    /// <summary>Before the last of three or more: <c>", or "</c>.</summary>
    public string InlineOrMore { get; init; } = ", or ";

    /// <summary>Whether choices are numbered, so a user can answer with a number.</summary>
    public bool IncludeNumbers { get; init; } = true;
}
