using FeminaBot.Conversations.Schema;

namespace FeminaBot.Conversations.Dialogs.Choices;

/// <summary>
/// Renders a question with choices the way its channel shows them best: suggested actions, a hero
/// card, inline text such as <c>(1) Yes or (2) No</c>, or a numbered list. Every form sets
/// <c>inputHint</c> to <c>expectingInput</c>.
/// </summary>
public static class ChoiceFactory
{
    /// <summary>Picks the form for the channel, as the Bot Framework's ChoiceFactory does.</summary>
    public static Activity ForChannel(string? channelId, IReadOnlyList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null, string? conversationType = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var longTitles = choices.Any(c => c.Title.Length > ChannelCapabilities.MaxActionTitleLength);
        var suggested = ChannelCapabilities.SupportsSuggestedActions(channelId, choices.Count, conversationType);
        var card = ChannelCapabilities.SupportsCardActions(channelId, choices.Count);

        if (!longTitles && !suggested && card)
        {
            return HeroCard(choices, text, speak);
        }

        if (!longTitles && suggested)
        {
            return SuggestedAction(choices, text, speak);
        }

        return !longTitles && choices.Count <= 3
            ? Inline(choices, text, speak, options)
            : List(choices, text, speak, options);
    }

    /// <summary>The question followed by the choices on one line: <c>Q? (1) Yes or (2) No</c>.</summary>
    public static Activity Inline(IReadOnlyList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        options ??= new ChoiceFactoryOptions();
        var builder = new System.Text.StringBuilder(text).Append(' ');
        for (var i = 0; i < choices.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(i < choices.Count - 1 ? options.InlineSeparator : choices.Count == 2 ? options.InlineOr : options.InlineOrMore);
            }

            if (options.IncludeNumbers)
            {
                builder.Append('(').Append(i + 1).Append(") ");
            }

            builder.Append(choices[i].Title);
        }

        return Prompt(builder.ToString(), speak);
    }

    /// <summary>The question followed by a numbered list, one choice a line.</summary>
    public static Activity List(IReadOnlyList<Choice> choices, string? text = null, string? speak = null, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        options ??= new ChoiceFactoryOptions();
        var builder = new System.Text.StringBuilder(text);
        var connector = "\n\n   ";
        for (var i = 0; i < choices.Count; i++)
        {
            builder.Append(connector);
            builder.Append(options.IncludeNumbers ? $"{i + 1}. " : "- ").Append(choices[i].Title);
            connector = "\n   ";
        }

        return Prompt(builder.ToString(), speak);
    }

    /// <summary>The question with a suggested-action button per choice.</summary>
    public static Activity SuggestedAction(IReadOnlyList<Choice> choices, string? text = null, string? speak = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            Speak = speak,
            InputHint = InputHints.ExpectingInput,
            SuggestedActions = new SuggestedActions { Actions = choices.Select(ActionFor).ToList() },
        };
    }

    /// <summary>A hero card whose text is the question and whose buttons are the choices.</summary>
    public static Activity HeroCard(IReadOnlyList<Choice> choices, string? text = null, string? speak = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var card = new HeroCard { Text = text, Buttons = choices.Select(ActionFor).ToList() };
        return MessageFactory.Attachment(MessageFactory.HeroCardAttachment(card), null, InputHints.ExpectingInput) with { Speak = speak };
    }

    private static CardAction ActionFor(Choice choice) => choice.Action ?? CardAction.ImBack(choice.Value);

    private static Activity Prompt(string text, string? speak) => MessageFactory.Text(text, speak, InputHints.ExpectingInput);
}
