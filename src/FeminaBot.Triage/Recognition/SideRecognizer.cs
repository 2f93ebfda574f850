using FeminaBot.Conversations.Recognition;
using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Recognition;

/// <summary>
/// Which breast a message speaks of ("my left boob", "the right side", "L breast", "on the left",
/// "both breasts"), with the words of dialogs/sides.yaml, so the coaching need not ask. "Right"
/// counts only beside a breast word or after "the", never as "that's right" or "right now".
/// </summary>
public sealed class SideRecognizer(SideWords words)
{
    /// <summary><c>left</c>, <c>right</c>, <c>both</c>, or null when the words name no side.</summary>
    public string? Recognize(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        bool left = false, right = false, both = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i];
            var nearBreast = i + 1 < tokens.Count && words.BreastWords.Contains(tokens[i + 1])
                || i + 2 < tokens.Count && words.BreastWords.Contains(tokens[i + 2]) && !words.NotBetween.Contains(tokens[i + 1]);
            var afterThe = i > 0 && words.After.Contains(tokens[i - 1]) && !(i + 1 < tokens.Count && words.NotBefore.Contains(tokens[i + 1]));
            if (!nearBreast && !afterThe)
            {
                continue;
            }

            left |= Is(word, words.Left);
            right |= Is(word, words.Right);
            both |= words.Both.Contains(word);
        }

        return both || left && right ? "both" : left ? "left" : right ? "right" : null;
    }

    // The shorthand as written, or the word itself with a small typo when the typed word is at least as long.
    private static bool Is(string typed, SideWord side) =>
        side.Shorthand.Contains(typed) || typed.Length >= side.Word.Length && EditDistance.IsTypoOf(typed, side.Word);
}
