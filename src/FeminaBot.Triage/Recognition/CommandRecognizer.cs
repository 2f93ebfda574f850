using FeminaBot.Conversations.Recognition;
using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Recognition;

/// <summary>
/// Recognizes the commands a person may give at any moment ("help", "start over", "cancel",
/// "delete my data") and what a message opens the conversation with ("check my symptoms", "hi"),
/// with the words of dialogs/commands.yaml. Commands must be the whole message, or nearly, so an
/// answer that merely contains the word ("I can't stop shivering") is not taken for one.
/// </summary>
public sealed class CommandRecognizer
{
    private readonly CommandWords _words;

    // A message longer than the longest phrase and its two polite words is no command.
    private readonly int _mostWords;

    /// <summary>Builds the recognizer over the commands' words.</summary>
    public CommandRecognizer(CommandWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = words;
        _mostWords = words.Phrases.Max(p => p.Words.Count) + 2;
    }

    /// <summary>The command the whole message gives, from its words, or <see cref="Command.None"/>.</summary>
    public Command Recognize(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count == 0)
        {
            return Command.None;
        }

        if (tokens.Count <= _mostWords)
        {
            foreach (var (command, words) in _words.Phrases)
            {
                if (IsWholeMessage(tokens, words))
                {
                    return command;
                }
            }
        }

        return tokens.Any(_words.BreastTrouble.Contains) ? Command.BreastTrouble : Command.None;
    }

    // The phrase, with at most two polite words around it ("please start over", "help me").
    private bool IsWholeMessage(IReadOnlyList<string> tokens, IReadOnlyList<string> phrase) =>
        tokens.Count <= phrase.Count + 2 && TextTokens.IndexOf(tokens, phrase) >= 0
        && tokens.Except(phrase).All(_words.Polite.Contains);
}
