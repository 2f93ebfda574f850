namespace FeminaBot.Conversations.Dialogs.Prompts;

/// <summary>What a prompt made of the user's answer.</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default);
