using FeminaBot.Triage.Understanding;

namespace FeminaBot.Triage.Languages;

/// <summary>
/// Chooses the language of a turn (dialogs/languages.yaml): one the person asks for, else one the
/// message is clearly written in, else the conversation's, else the activity's locale, else English.
/// A word speaks for a language when it is one of its marks or a word its reader knows, and neither
/// for any other language: "tengo" and "bolita" for Spanish, "the" and "lump" for English; "no" and
/// "mastitis" for none.
/// </summary>
public sealed class LanguageChooser(LanguageRules rules, IReadOnlyDictionary<string, Func<string, bool>>? knows = null)
{
    // "en español por favor", "can we do this in english": a request is a short message.
    private const int MostAskWords = 6;

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "no", "not", "dont", "nor", "ni" };

    /// <summary>The language a turn speaks, whether the person asked for it, and how many words of the message speak for each language.</summary>
    public LanguageChoice Choose(string? current, string? locale, string? text)
    {
        var all = rules.All;
        if (all.Count == 1)
        {
            return new LanguageChoice(all[0], false, LanguageWords.None);
        }

        var typed = TypedWords.Split(text);
        var words = new List<string>(typed.Count);
        foreach (var word in typed)
        {
            words.Add(word.Text);
        }

        var counts = Count(words);
        if (words.Count <= MostAskWords && AskedFor(words) is { } asked)
        {
            return new LanguageChoice(asked, true, counts);
        }

        var speaking = Find(current) ?? Find(LocaleLanguage(locale)) ?? all[0];
        var own = counts.Of(speaking.Code);
        foreach (var language in all)
        {
            var marks = counts.Of(language.Code);

            // A message with no word for the conversation's language speaks for itself: "hola", "bolita".
            var clear = marks >= rules.ClearFrom || own == 0 && marks > 0;
            if (language != speaking && clear && marks > 2 * own)
            {
                return new LanguageChoice(language, false, counts);
            }
        }

        return new LanguageChoice(speaking, false, counts);
    }

    /// <summary>How many words of the message speak for each language: "tengo un clogged duct" has two for Spanish and two for English.</summary>
    public LanguageWords LanguagesIn(string? text) => Choose(null, null, text).Words;

    // One pass: a word counts for the one language it speaks for, and for none when several know it.
    private LanguageWords Count(List<string> words)
    {
        var all = rules.All;
        var counts = new int[all.Count];
        foreach (var word in words)
        {
            // A number is no language's: "3" picks the third choice in any.
            if (word.Length == 0 || char.IsAsciiDigit(word[0]))
            {
                continue;
            }

            var only = -1;
            for (var i = 0; i < all.Count; i++)
            {
                if (Evidence(all[i], word))
                {
                    only = only == -1 ? i : -2;
                    if (only == -2)
                    {
                        break;
                    }
                }
            }

            if (only >= 0)
            {
                counts[only]++;
            }
        }

        return new LanguageWords(all.Select(l => l.Code).ToArray(), counts);
    }

    private bool Evidence(Language language, string word) =>
        language.Marks.Contains(word) || knows is not null && knows.TryGetValue(language.Code, out var known) && known(word);

    /// <summary>The language of a code ("es"), or null when it is not spoken.</summary>
    public Language? Find(string? code) => rules.All.FirstOrDefault(l => l.Code == code);

    /// <summary>A locale's language: "es-MX" is "es".</summary>
    public static string? LocaleLanguage(string? locale) =>
        string.IsNullOrWhiteSpace(locale) ? null : locale.Split('-', '_')[0].Trim().ToLowerInvariant();

    private Language? AskedFor(List<string> words)
    {
        foreach (var language in rules.All)
        {
            foreach (var phrase in language.Ask)
            {
                for (var at = 0; at + phrase.Length <= words.Count; at++)
                {
                    if (words.Skip(at).Take(phrase.Length).SequenceEqual(phrase, StringComparer.Ordinal)
                        && !words.Skip(Math.Max(0, at - 2)).Take(Math.Min(at, 2)).Any(Negations.Contains))
                    {
                        return language;
                    }
                }
            }
        }

        return null;
    }
}
