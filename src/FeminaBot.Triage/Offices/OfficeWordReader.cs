using FeminaBot.Conversations.Recognition;
using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Offices;

/// <summary>
/// The words of a message as an office question reads them: shorthand and nicknames spelled out
/// ("tmrw", "bev hills", "dtla", "after work"), "SO" in capitals as Sherman Oaks, a day's name typed
/// one letter off read as the day ("thrusday"), and the hours of a symptom ("fever for a few hours")
/// left out.
/// </summary>
internal sealed class OfficeWordReader(OfficeQuestionWords asking)
{
    private readonly int _longestSpelling = asking.Spellings.Keys.Max(k => k.Count(c => c == ' ') + 1);

    // The first words of the spellings of more than one word ("after" of "after work"), so that only
    // those are joined with the words after them.
    private readonly HashSet<string> _startsLonger = asking.Spellings.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal)).Select(k => k[..k.IndexOf(' ', StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);

    public List<string> Read(IReadOnlyList<string> words, string? text) =>
        WithoutLengthsOfTime(Spelled(Capitals(words, text)));

    // "is SO open": a capital that names an office, where the message has it in capitals.
    private IReadOnlyList<string> Capitals(IReadOnlyList<string> words, string? text)
    {
        if (text is null || asking.Capitals.Count == 0)
        {
            return words;
        }

        List<string>? read = null;
        foreach (var (capital, meant) in asking.Capitals)
        {
            var lower = capital.ToLowerInvariant();
            if (!words.Contains(lower))
            {
                continue;
            }

            var typed = WholeWords(text, capital).ToList();
            var at = 0;
            for (var i = 0; i < words.Count; i++)
            {
                if (words[i] != lower)
                {
                    continue;
                }

                // The n-th time the word is typed; when the counts differ, leave it as it is.
                if (at < typed.Count && typed[at])
                {
                    read ??= [.. words];
                    read[i] = string.Join(' ', meant);
                }

                at++;
            }
        }

        return read is null ? words : read.SelectMany(w => w.Split(' ')).ToList();
    }

    // Each whole-word occurrence of the word in the text, ignoring case: whether it is in capitals.
    private static IEnumerable<bool> WholeWords(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                yield return string.CompareOrdinal(text, at, word, 0, word.Length) == 0;
            }
        }
    }

    private List<string> Spelled(IReadOnlyList<string> words)
    {
        var spelled = new List<string>(words.Count + 2);
        for (var i = 0; i < words.Count; i++)
        {
            var (meant, used) = Spelling(words, i);
            if (meant is not null)
            {
                spelled.AddRange(meant);
                i += used - 1;
            }
            else
            {
                spelled.Add(DayMeant(words[i]) ?? words[i]);
            }
        }

        return spelled;
    }

    // The longest spelling that starts at a word: "after my shift", "dt la", "tmrw"; "2moro", which
    // the reading parts into a number and the letters after it.
    private (string[]? Meant, int Used) Spelling(IReadOnlyList<string> words, int at)
    {
        var longest = _startsLonger.Contains(words[at]) ? Math.Min(_longestSpelling, words.Count - at) : 1;
        for (var count = longest; count >= 1; count--)
        {
            var key = count == 1 ? words[at] : string.Join(' ', words.Skip(at).Take(count));
            if (asking.Spellings.TryGetValue(key, out var meant))
            {
                return (meant, count);
            }
        }

        return at + 1 < words.Count && char.IsAsciiDigit(words[at][0]) && asking.Spellings.TryGetValue(words[at] + words[at + 1], out var joined)
            ? (joined, 2)
            : (null, 0);
    }

    private static string? DayMeant(string word)
    {
        if (word.Length < 5 || !char.IsAsciiLetter(word[0]))
        {
            return null;
        }

        foreach (var day in DayNames.ByName.Keys)
        {
            if (EditDistance.IsTypoOf(word, day, 5))
            {
                return day;
            }
        }

        return null;
    }

    // "fever for a few hours", "bigger by the hour", "within 24 hours": hours of a symptom, not of an office.
    private List<string> WithoutLengthsOfTime(List<string> words)
    {
        var length = asking.LengthOfTime;
        if (!words.Exists(length.Hours.Contains))
        {
            return words;
        }

        var kept = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var lengthOfTime = length.Hours.Contains(words[i]) && i + 1 < words.Count && length.After.Contains(words[i + 1])
                || length.Hours.Contains(words[i]) && i > 0
                && (length.Before.Contains(words[i - 1]) || length.Amounts.Contains(words[i - 1])
                    || words[i - 1] == "the" && i > 1 && length.BeforeThe.Contains(words[i - 2])
                    || char.IsAsciiDigit(words[i - 1][0]));
            if (!lengthOfTime)
            {
                kept.Add(words[i]);
            }
        }

        return kept;
    }
}
