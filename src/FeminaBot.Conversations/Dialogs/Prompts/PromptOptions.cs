using System.Text.Json.Nodes;
using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Conversations.Schema;

namespace FeminaBot.Conversations.Dialogs.Prompts;

/// <summary>What a prompt asks, what it asks after an answer it cannot use, and how many tries it allows.</summary>
public sealed record PromptOptions
{
    /// <summary>The question.</summary>
    public Activity? Prompt { get; init; }

    /// <summary>Asked after an answer the prompt cannot use; the question again when unset.</summary>
    public Activity? RetryPrompt { get; init; }

    /// <summary>The choices, for choice and confirm prompts.</summary>
    public IReadOnlyList<Choice>? Choices { get; init; }

    /// <summary>How the choices are shown; the prompt's own default when unset.</summary>
    public ListStyle? Style { get; init; }

    /// <summary>
    /// After this many answers the prompt cannot use, it stops asking and ends with a null result,
    /// so the dialog can take another path. Unlimited when unset.
    /// </summary>
    public int? MaxAttempts { get; init; }

    /// <summary>Anything a validator needs, such as a range.</summary>
    public JsonNode? Validations { get; init; }
}
