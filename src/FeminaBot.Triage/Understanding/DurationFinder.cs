using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Understanding;

/// <summary>
/// The lengths of time a message gives, in days ("for 10 days", "two weeks now", "since yesterday"),
/// leaving out ages ("3 weeks postpartum", "my 2 week old").
/// </summary>
internal sealed class DurationFinder
{
    private readonly DurationWords _words;
    private readonly HashSet<string> _notAfter;

    public DurationFinder(DurationWords words, PhraseBook book, Lexicon lexicon)
    {
        _words = words;
        foreach (var (phrase, days) in words.Phrases)
        {
            book.Add(PhraseGroup.Duration, days.ToString(System.Globalization.CultureInfo.InvariantCulture), phrase, lexicon);
        }

        foreach (var phrase in words.NotAfter)
        {
            book.Add(PhraseGroup.Age, "age", phrase, lexicon);
        }

        _notAfter = words.NotAfter.Where(p => !p.Contains(' ', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every length of time in the message, in days, with the word where it stands.</summary>
    public List<(double Days, int At)> Find(IReadOnlyList<Word> text, List<NumberFinder.Found> numbers, List<Mention> mentions)
    {
        var ages = new HashSet<int>(mentions.Where(m => m.Group == PhraseGroup.Age).Select(m => m.Start));
        var found = new List<(double Days, int At)>();
        foreach (var number in numbers)
        {
            var unitAt = number.End + 1;
            if (unitAt < text.Count && _words.Units.TryGetValue(text[unitAt].Text, out var days) && !IsAge(text, unitAt + 1, ages) && !AfterAgeWord(text, number.Start))
            {
                found.Add((number.Value * days, number.Start));
            }
        }

        foreach (var mention in mentions.Where(m => m.Group == PhraseGroup.Duration))
        {
            if (!IsAge(text, mention.End + 1, ages))
            {
                found.Add((double.Parse(mention.Id, System.Globalization.CultureInfo.InvariantCulture), mention.Start));
            }
        }

        return found;
    }

    // "ebf 3 wks", "pp day 3", "my 2 week old": the baby's age, not how long a sign has lasted.
    private bool AfterAgeWord(IReadOnlyList<Word> text, int start)
    {
        for (var i = Math.Max(0, start - 2); i < start; i++)
        {
            if (_words.NotBefore.Contains(text[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsAge(IReadOnlyList<Word> text, int at, HashSet<int> ages) =>
        at < text.Count && (_notAfter.Contains(text[at].Text) || ages.Contains(at));
}
