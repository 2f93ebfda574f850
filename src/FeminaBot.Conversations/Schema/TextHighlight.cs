namespace FeminaBot.Conversations.Schema;

/// <summary>A part of a message's text that the bot refers to.</summary>
public sealed record TextHighlight
{
    /// <summary>The highlighted text.</summary>
    public string? Text { get; init; }

    /// <summary>Which occurrence of the text, counting from one.</summary>
    public int? Occurrence { get; init; }
}
