namespace FeminaBot.Conversations.Recognition;

/// <summary>
/// Reads yes or no from everyday answers: "yes", "yeah", "yep", "y", "sure", "ok", "I do", "no",
/// "nope", "nah", "n", "not really", "I don't think so", and typos such as "yse" or "noo".
/// An answer that says both, or neither, is not recognized.
/// </summary>
public static class YesNoRecognizer
{
    // Uncertainty is neither answer, even though it holds "sure" or "don't".
    private static readonly string[][] UnsurePhrases =
    [
        ["not", "sure"], ["dont", "know"], ["do", "not", "know"], ["no", "idea"], ["not", "certain"], ["cant", "tell"],
        ["im", "unsure"], ["dont", "remember"], ["cant", "remember"], ["no", "clue"],
    ];

    private static readonly string[][] NoPhrases =
    [
        ["not", "really"], ["not", "at", "all"], ["not", "that", "i", "know"], ["i", "dont"], ["i", "do", "not"],
        ["i", "havent"], ["i", "have", "not"], ["dont", "think", "so"], ["of", "course", "not"], ["no", "way"],
        ["its", "not"], ["it", "isnt"], ["im", "not"], ["i", "am", "not"], ["have", "no"], ["had", "no"],
        ["has", "no"], ["there", "is", "no"], ["theres", "no"],
    ];

    private static readonly string[][] YesPhrases =
    [
        ["i", "do"], ["i", "have"], ["i", "am"], ["it", "is"], ["of", "course"], ["uh", "huh"], ["i", "think", "so"],
        ["that", "is", "right"], ["thats", "right"], ["you", "bet"],
    ];

    private static readonly HashSet<string> YesWords = new(StringComparer.Ordinal)
    {
        "yes", "yeah", "yea", "yah", "ya", "yep", "yup", "y", "sure", "ok", "okay", "k", "kk", "correct",
        "affirmative", "absolutely", "definitely", "certainly", "indeed", "true", "si", "yas", "aye", "yse", "yez", "ys",
    };

    private static readonly HashSet<string> NoWords = new(StringComparer.Ordinal)
    {
        "no", "nope", "nah", "na", "n", "nay", "negative", "never", "none", "false", "nop", "nada", "noo", "naw", "nuh", "nuhuh", "nopes",
    };

    // Typo-tolerant only for words long enough that a typo cannot turn one answer into the other.
    private static readonly string[] FuzzyYes = ["yes", "yeah", "yep", "sure", "okay", "correct"];
    private static readonly string[] FuzzyNo = ["nope", "nah"];

    // Real words a typo away from an answer word: "it's sore" is no "sure".
    private static readonly HashSet<string> NotTypos = new(StringComparer.Ordinal) { "sore", "pure", "cure", "lure", "yet", "year", "yeast", "nap", "nab", "nope" };

    /// <summary>True for yes, false for no, null when the answer is neither or both.</summary>
    public static bool? Recognize(string? utterance)
    {
        var tokens = TextTokens.Split(utterance).ToList();
        if (tokens.Count == 0)
        {
            return null;
        }

        var unsure = UnsurePhrases.Any(p => TextTokens.IndexOf(tokens, p) >= 0);
        if (unsure)
        {
            tokens = MaskPhrases(tokens, UnsurePhrases);
        }

        var saysNo = NoPhrases.Any(p => TextTokens.IndexOf(tokens, p) >= 0);
        var masked = saysNo ? MaskPhrases(tokens, NoPhrases) : tokens;
        var saysYes = YesPhrases.Any(p => TextTokens.IndexOf(masked, p) >= 0);

        foreach (var word in masked)
        {
            // "yesss" and "noooo" are yes and no; the squeezed form is only tried for these words.
            var token = YesWords.Contains(word) || NoWords.Contains(word) ? word : TextTokens.Squeeze(word);
            var fuzzy = token.Length >= 3 && !NotTypos.Contains(token);
            saysYes |= YesWords.Contains(token) || fuzzy && FuzzyYes.Any(w => EditDistance.IsTypoOf(token, w));
            saysNo |= NoWords.Contains(token) || fuzzy && FuzzyNo.Any(w => EditDistance.IsTypoOf(token, w)) || token == "nope";
        }

        return saysYes == saysNo ? null : saysYes;
    }

    /// <summary>Whether the answer says the person does not know ("not sure", "I don't know", "no idea", "maybe").</summary>
    public static bool IsUnsure(string? utterance)
    {
        var tokens = TextTokens.Split(utterance);
        return tokens.Any(t => t is "unsure" or "maybe" or "perhaps" or "possibly") || UnsurePhrases.Any(p => TextTokens.IndexOf(tokens, p) >= 0);
    }

    private static List<string> MaskPhrases(List<string> tokens, string[][] phrases)
    {
        var masked = tokens.ToList();
        foreach (var phrase in phrases)
        {
            int at;
            while ((at = TextTokens.IndexOf(masked, phrase)) >= 0)
            {
                for (var i = 0; i < phrase.Length; i++)
                {
                    masked[at + i] = string.Empty;
                }
            }
        }

        return masked;
    }
}
