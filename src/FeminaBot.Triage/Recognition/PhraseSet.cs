using FeminaBot.Conversations.Recognition;

namespace FeminaBot.Triage.Recognition;

/// <summary>
/// A set of phrases found in a stretch of words, allowing a typo in words of five letters or more, each with
/// whether a negation stands before it ("no", "not", "never", "don't", "without") or a short "no"
/// or "yes" right after it ("fever: no").
/// </summary>
internal sealed class PhraseSet
{
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "no", "not", "never", "without", "none", "nor", "neither", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent",
        "havent", "hasnt", "hadnt", "cant", "cannot", "wont", "nothing", "denies", "zero", "nope", "negative",
    };

    private static readonly HashSet<string> Uncertain = new(StringComparer.Ordinal) { "sure", "certain", "idea", "clue", "know", "remember", "tell" };

    private readonly List<(string Phrase, IReadOnlyList<string> Words)> _phrases;

    public PhraseSet(IEnumerable<string> phrases) =>
        _phrases = phrases.Select(p => (p, TextTokens.Split(p))).Where(p => p.Item2.Count > 0).ToList();

    /// <summary>What the clause says about any phrase of the set, or null when it names none.</summary>
    public Polarity? In(IReadOnlyList<string> clause)
    {
        Polarity? found = null;
        foreach (var (_, words) in _phrases)
        {
            var at = TextTokens.IndexOf(clause, words, IsTypo);
            if (at < 0)
            {
                continue;
            }

            var polarity = PolarityAt(clause, at, words.Count);
            // Yes beats unsure beats no: when a message says both, the safer reading wins.
            if (found is null || polarity == Polarity.Yes || polarity == Polarity.Unsure && found == Polarity.No)
            {
                found = polarity;
            }
        }

        return found;
    }

    // Short words are too close to others ("full" and "fell") to forgive typos in.
    private static bool IsTypo(string typed, string word) => EditDistance.IsTypoOf(typed, word, 5);

    private static Polarity PolarityAt(IReadOnlyList<string> clause, int start, int length)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            if (Negations.Contains(clause[i]))
            {
                // "not sure", "no idea", "don't know" are doubt, not denial.
                var next = i + 1 < clause.Count ? clause[i + 1] : string.Empty;
                var after = i + 2 < clause.Count ? clause[i + 2] : string.Empty;
                return Uncertain.Contains(next) || Uncertain.Contains(after) && next is "really" or "quite" or "too" or "i" ? Polarity.Unsure : Polarity.No;
            }

            if (clause[i] is "unsure" or "maybe" or "possibly" or "might" or "perhaps")
            {
                return Polarity.Unsure;
            }
        }

        var following = start + length < clause.Count ? clause[start + length] : null;
        return following is "no" or "none" or "nope" or "negative" ? Polarity.No : Polarity.Yes;
    }
}
