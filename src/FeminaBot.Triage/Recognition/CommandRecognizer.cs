using FeminaBot.Conversations.Recognition;

namespace FeminaBot.Triage.Recognition;

/// <summary>
/// Recognizes the commands a person may give at any moment ("help", "start over", "cancel",
/// "delete my data") and what a message opens the conversation with ("check my symptoms", "hi").
/// Commands must be the whole message, or nearly, so an answer that merely contains the word
/// ("I can't stop shivering") is not taken for one.
/// </summary>
public static class CommandRecognizer
{
    private static readonly (Command Command, string[] Phrases)[] AnytimePhrases =
    [
        (Command.DeleteData, ["delete my data", "delete my information", "delete my info", "erase my data", "forget me", "delete everything", "remove my data", "delete my conversation", "delete data"]),
        (Command.StartOver, ["start over", "restart", "start again", "begin again", "reset", "new conversation", "from the beginning"]),
        (Command.Cancel, ["cancel", "stop", "quit", "exit", "never mind", "nevermind", "forget it", "end"]),
        (Command.Help, ["help", "what can you do", "what do you do", "how does this work", "options", "menu"]),
    ];

    private static readonly (Command Command, string[] Phrases)[] OpenerPhrases =
    [
        (Command.CheckSymptoms, ["check my symptoms", "check symptoms", "symptoms", "symptom check", "triage"]),
        (Command.Massage, ["massage steps", "massage", "breast massage", "tbml", "coach me", "lymphatic massage"]),
        (Command.Offices, ["offices and hours", "offices", "office hours", "locations"]),
        (Command.Greeting, ["hi", "hello", "hey", "hiya", "good morning", "good afternoon", "good evening", "hola", "howdy", "yo", "hi there", "hello there"]),
    ];

    // Every phrase split into words once, commands that may come at any moment first.
    private static readonly (Command Command, IReadOnlyList<string> Words)[] Phrases =
        [.. AnytimePhrases.Concat(OpenerPhrases).SelectMany(c => c.Phrases.Select(p => (c.Command, TextTokens.Split(p))))];

    // A message longer than the longest phrase and its two polite words is no command.
    private static readonly int MostWords = Phrases.Max(p => p.Words.Count) + 2;

    private static readonly HashSet<string> BreastWords = new(StringComparer.Ordinal)
    {
        // Pain or a breast, not breastfeeding itself: "is this the breastfeeding help thing?" is no symptom.
        "breast", "breasts", "boob", "boobs", "nipple", "nipples", "mastitis", "latch",
        "pain", "painful", "hurts", "hurt", "sore", "ache", "tender",
    };

    /// <summary>The command the whole message gives, or <see cref="Command.None"/>.</summary>
    /// <summary>The command the whole message gives, from its words, or <see cref="Command.None"/>.</summary>
    public static Command Recognize(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count == 0)
        {
            return Command.None;
        }

        if (tokens.Count <= MostWords)
        {
            foreach (var (command, words) in Phrases)
            {
                if (IsWholeMessage(tokens, words))
                {
                    return command;
                }
            }
        }

        return tokens.Any(BreastWords.Contains) ? Command.BreastTrouble : Command.None;
    }

    // The phrase, with at most two polite words around it ("please start over", "help me").
    private static bool IsWholeMessage(IReadOnlyList<string> tokens, IReadOnlyList<string> phrase) =>
        tokens.Count <= phrase.Count + 2 && TextTokens.IndexOf(tokens, phrase) >= 0
        && tokens.Except(phrase).All(t => t is "please" or "pls" or "again" or "there" or "me" or "i" or "want" or "to" or "can" or "you" or "the" or "now" or "my" or "a" or "lets" or "ok" or "okay" or "show" or "see");
}
