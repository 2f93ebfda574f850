using System.Collections.Concurrent;
using FeminaBot.Conversations.Recognition;

namespace FeminaBot.Triage.Understanding;

/// <summary>
/// The words FeminaBot knows (every word of every phrase in dialogs/, and real words that look like
/// them), and how a typed word becomes one: a spelling from dialogs/words.yaml ("rn" is "right now"),
/// stretched letters undone ("reddd", "sooo"), joined words parted ("bodyaches"), and a small typo
/// mended in longer words ("shivring"). What a typed word becomes is remembered, so each costs once.
/// </summary>
internal sealed class Lexicon
{
    private const int MostRemembered = 100_000;

    private readonly IReadOnlyDictionary<string, string[]> _spellings;
    private readonly HashSet<string> _known;
    private readonly HashSet<string> _realWords;
    private readonly Dictionary<char, string[]> _typoTargets;
    private readonly ConcurrentDictionary<string, string[]> _remembered = new(StringComparer.Ordinal);

    private readonly IReadOnlySet<string> _shortParts;

    public Lexicon(IReadOnlyDictionary<string, string> spellings, IEnumerable<string> realWords, IEnumerable<string> phrases, IReadOnlySet<string> shortParts)
    {
        _shortParts = shortParts;
        // A spelling may use another: "idk" is "i dont know", which is "i do not know".
        var once = spellings.ToDictionary(s => s.Key, s => TypedWords.Split(s.Value).Select(w => w.Text).ToArray(), StringComparer.Ordinal);
        _spellings = once.ToDictionary(s => s.Key, s => s.Value.SelectMany(w => w != s.Key && once.TryGetValue(w, out var again) ? again : [w]).ToArray(), StringComparer.Ordinal);
        _realWords = new HashSet<string>(realWords, StringComparer.Ordinal);
        var phraseWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            foreach (var word in TypedWords.Split(phrase))
            {
                foreach (var read in _spellings.TryGetValue(word.Text, out var spelled) ? spelled : [word.Text])
                {
                    phraseWords.Add(read);
                }
            }
        }

        _known = new HashSet<string>(phraseWords.Concat(_realWords), StringComparer.Ordinal);
        foreach (var spelled in _spellings.Values.SelectMany(s => s))
        {
            _known.Add(spelled);
        }

        // Only words of five letters or more are mended: short words are too close to one another.
        _typoTargets = phraseWords.Where(w => w.Length >= 5 && w.All(char.IsAsciiLetter))
            .GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public bool Knows(string word) => _known.Contains(word);

    /// <summary>Whether the word is one this language's files know, as read or as typed ("lo" for "little one").</summary>
    public bool KnowsTyped(string word) => _known.Contains(word) || _spellings.ContainsKey(word);

    /// <summary>The word or words a typed word reads as.</summary>
    public string[] Read(string typed)
    {
        if (_remembered.TryGetValue(typed, out var read))
        {
            return read;
        }

        read = Resolve(typed);
        if (_remembered.Count < MostRemembered)
        {
            _remembered.TryAdd(typed, read);
        }

        return read;
    }

    private string[] Resolve(string typed)
    {
        if (typed.Length == 0 || char.IsAsciiDigit(typed[0]))
        {
            // "1st", "2nd" have spellings; other numbers are themselves.
            return _spellings.TryGetValue(typed, out var ordinal) ? ordinal : [typed];
        }

        foreach (var candidate in Unstretched(typed))
        {
            if (_spellings.TryGetValue(candidate, out var spelled))
            {
                return spelled;
            }

            if (_known.Contains(candidate))
            {
                return [candidate];
            }
        }

        if (Parted(typed) is { } parted)
        {
            return parted;
        }

        return Mended(typed) is { } mended ? [mended] : [typed];
    }

    // "reddd" may be "redd" or "red"; "hott" may be "hot". The typed word itself comes first.
    private static IEnumerable<string> Unstretched(string typed)
    {
        yield return typed;
        var twice = Squeeze(typed, 2);
        if (twice != typed)
        {
            yield return twice;
        }

        var once = Squeeze(typed, 1);
        if (once != twice)
        {
            yield return once;
        }
    }

    private static string Squeeze(string word, int longest)
    {
        var chars = new char[word.Length];
        var length = 0;
        var run = 0;
        for (var i = 0; i < word.Length; i++)
        {
            run = i > 0 && word[i] == word[i - 1] ? run + 1 : 1;
            if (run <= longest)
            {
                chars[length++] = word[i];
            }
        }

        return new string(chars, 0, length);
    }

    // "bodyaches" is "body aches", "hottotouch" is "hot to touch": known words of three letters or more
    // (or a short word like "to"), in a word of eight letters or more, so that an ordinary word is not
    // cut into short ones ("noticed" is not "not iced").
    private string[]? Parted(string typed)
    {
        if (typed.Length < 8 || _realWords.Contains(typed))
        {
            return null;
        }

        var parts = Parts(typed, 0);
        return parts?.SelectMany(p => _spellings.TryGetValue(p, out var spelled) ? spelled : [p]).ToArray();
    }

    private List<string>? Parts(string rest, int depth)
    {
        if (depth > 0 && IsPart(rest))
        {
            return [rest];
        }

        if (depth > 2)
        {
            return null;
        }

        for (var cut = rest.Length - 2; cut >= 2; cut--)
        {
            var left = rest[..cut];
            if (IsPart(left) && rest.Length - cut >= 2 && Parts(rest[cut..], depth + 1) is { } right)
            {
                return [left, .. right];
            }
        }

        return null;
    }

    private bool IsPart(string word) => word.Length >= 3 ? _known.Contains(word) || _spellings.ContainsKey(word) : _shortParts.Contains(word);

    private string? Mended(string typed)
    {
        if (typed.Length < 5 || _realWords.Contains(typed) || !_typoTargets.TryGetValue(typed[0], out var targets))
        {
            return null;
        }

        foreach (var target in targets)
        {
            if (EditDistance.IsTypoOf(typed, target, 5))
            {
                return target;
            }
        }

        return null;
    }
}
