using System.Text.Json.Nodes;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.Dialogs.Prompts;

/// <summary>Decides whether a recognized answer is acceptable; may send its own message when it is not.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);

/// <summary>What a validator sees: the turn, the recognized answer, the prompt's options and how many answers it has had.</summary>
public sealed record PromptValidatorContext<T>(
    ITurnContext Context,
    PromptRecognizerResult<T> Recognized,
    PromptOptions Options,
    JsonObject State,
    int AttemptCount);
