using FeminaBot.Conversations.Recognition;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Understanding;

namespace FeminaBot.Triage.Languages;

/// <summary>
/// The words each language's files know, as the language chooser counts them: the words its reader
/// knows; the words of its office questions (dialogs/offices.yaml's <c>questions</c>) that no other
/// language's office questions use, so that a short "q dias abre" or "bh abre mñn?" speaks Spanish;
/// and the offices' names and the places they serve, known to every language and so speaking for none
/// ("hills" of "bev hills sigue abierto" is no English).
/// </summary>
internal static class KnownWords
{
    public static Dictionary<string, Func<string, bool>> Of(TriageLanguages languages, IReadOnlyDictionary<string, MessageReader> readers)
    {
        var officeWords = languages.All.ToDictionary(c => c.Language, c => OfficeQuestionWordsOf(c.Understanding.OfficeQuestions), StringComparer.Ordinal);
        var places = languages.All.SelectMany(c => c.Offices.Offices)
            .SelectMany(o => o.Serves.Append(o.Name))
            .SelectMany(TextTokens.Split)
            .ToHashSet(StringComparer.Ordinal);
        var known = new Dictionary<string, Func<string, bool>>(StringComparer.Ordinal);
        foreach (var (code, reader) in readers)
        {
            var own = officeWords[code].Where(w => !officeWords.Any(o => o.Key != code && o.Value.Contains(w))).ToHashSet(StringComparer.Ordinal);
            known[code] = word => reader.Knows(word) || own.Contains(word) || places.Contains(word);
        }

        return known;
    }

    // Every word typed in an office question: the lists, the phrases, and the shorthand as typed ("mnn").
    private static HashSet<string> OfficeQuestionWordsOf(OfficeQuestionWords asking)
    {
        IEnumerable<IEnumerable<string>> lists =
        [
            asking.Office, asking.You, asking.Overview, asking.Visit.SelectMany(p => p),
            asking.Hours.Asking.Words, asking.Hours.Weekly, asking.Hours.Days, asking.Hours.DaysAfter, asking.Hours.OpenOrClosed,
            asking.Hours.Earliest, asking.Hours.Latest, asking.Address.Words, asking.Phone.Words, asking.Schedule.Words,
            asking.Nearest, asking.CloseTo, asking.Near, asking.Now, asking.When.Week, asking.When.Days, asking.When.Weekend,
            asking.When.WeekWords, asking.When.Next, asking.When.Through, asking.When.PartsOfDay.SelectMany(p => p.Words), asking.When.Times,
            asking.Spellings.Keys.SelectMany(k => k.Split(' ')),
        ];
        return lists.SelectMany(l => l).ToHashSet(StringComparer.Ordinal);
    }
}
