namespace FeminaBot.Conversations.Schema;

/// <summary>A card with a title, text and buttons; channels without suggested actions show choices this way.</summary>
public sealed record HeroCard
{
    /// <summary>The content type of a hero card attachment.</summary>
    public const string ContentType = "application/vnd.microsoft.card.hero";

    /// <summary>The title.</summary>
    public string? Title { get; init; }

    /// <summary>The subtitle.</summary>
    public string? Subtitle { get; init; }

    /// <summary>The text.</summary>
    public string? Text { get; init; }

    /// <summary>The buttons.</summary>
    public IReadOnlyList<CardAction>? Buttons { get; init; }
}
