using FeminaBot.Conversations.Recognition;

namespace FeminaBot.Triage.Recognition;

/// <summary>
/// Which breast a message speaks of ("my left boob", "the right side", "both breasts"), so the
/// coaching need not ask. "Right" counts only beside a breast word, never as "that's right".
/// </summary>
public static class SideRecognizer
{
    private static readonly HashSet<string> BreastWords = new(StringComparer.Ordinal)
    {
        "breast", "breasts", "boob", "boobs", "side", "sides", "nipple", "nipples", "one", "tit", "armpit", "chest",
    };

    /// <summary><c>left</c>, <c>right</c>, <c>both</c>, or null when the message names no side.</summary>
    public static string? Recognize(string? text)
    {
        var tokens = TextTokens.Split(text);
        bool left = false, right = false, both = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var nearBreast = Enumerable.Range(i + 1, 2).Any(j => j < tokens.Count && BreastWords.Contains(tokens[j]));
            if (!nearBreast)
            {
                continue;
            }

            left |= EditDistance.IsTypoOf(tokens[i], "left");
            right |= EditDistance.IsTypoOf(tokens[i], "right");
            both |= tokens[i] is "both" or "each";
        }

        return both || left && right ? "both" : left ? "left" : right ? "right" : null;
    }
}
