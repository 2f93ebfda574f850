namespace FeminaBot.Conversations.Schema;

/// <summary>Buttons offered for the user's next message; they disappear once the user answers.</summary>
public sealed record SuggestedActions
{
    /// <summary>The ids of the recipients who see the actions; everyone when empty.</summary>
    public IReadOnlyList<string>? To { get; init; }

    /// <summary>The actions.</summary>
    public IReadOnlyList<CardAction> Actions { get; init; } = [];
}
