using FeminaBot.Conversations.Recognition;

namespace FeminaBot.Triage.Recognition;

/// <summary>
/// Which breast a message speaks of ("my left boob", "the right side", "L breast", "on the left",
/// "both breasts"), so the coaching need not ask. "Right" counts only beside a breast word or after
/// "the", never as "that's right" or "right now".
/// </summary>
public static class SideRecognizer
{
    private static readonly HashSet<string> BreastWords = new(StringComparer.Ordinal)
    {
        "breast", "breasts", "boob", "boobs", "side", "sides", "nipple", "nipples", "one", "tit", "armpit", "chest", "boobie", "booby", "breastie",
    };

    /// <summary><c>left</c>, <c>right</c>, <c>both</c>, or null when the words name no side.</summary>
    public static string? Recognize(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        bool left = false, right = false, both = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i];
            var nearBreast = i + 1 < tokens.Count && BreastWords.Contains(tokens[i + 1]) || i + 2 < tokens.Count && BreastWords.Contains(tokens[i + 2]) && tokens[i + 1] is not ("and" or "or");
            var afterThe = i > 0 && tokens[i - 1] is "the" or "my" && !(i + 1 < tokens.Count && tokens[i + 1] is "thing" or "way" or "time" or "now" or "place");
            if (!nearBreast && !afterThe)
            {
                continue;
            }

            left |= word is "l" or "lt" or "lft" || word.Length >= 4 && EditDistance.IsTypoOf(word, "left");
            right |= word is "r" or "rt" or "rght" || word.Length >= 5 && EditDistance.IsTypoOf(word, "right");
            both |= word is "both" or "each";
        }

        return both || left && right ? "both" : left ? "left" : right ? "right" : null;
    }
}
