namespace FeminaBot.Conversations.Dialogs.Choices;

/// <summary>How a prompt shows its choices.</summary>
public enum ListStyle
{
    /// <summary>Not shown; the prompt's own text says them.</summary>
    None,

    /// <summary>Whatever the channel shows best (see <see cref="ChoiceFactory.ForChannel"/>).</summary>
    Auto,

    /// <summary>In the text: <c>(1) Yes or (2) No</c>.</summary>
    Inline,

    /// <summary>A numbered list under the text.</summary>
    List,

    /// <summary>Suggested-action buttons.</summary>
    SuggestedAction,

    /// <summary>A hero card with buttons.</summary>
    HeroCard,
}
