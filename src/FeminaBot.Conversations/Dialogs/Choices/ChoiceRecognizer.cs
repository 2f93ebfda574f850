using FeminaBot.Conversations.Recognition;

namespace FeminaBot.Conversations.Dialogs.Choices;

/// <summary>
/// Finds which choice a user meant: the value, title or a synonym said exactly or inside a sentence
/// ("the left one"), a number or ordinal ("2", "second"), or a word with a typo ("lfet").
/// An answer that fits two choices equally well picks neither.
/// </summary>
public static class ChoiceRecognizer
{
    /// <summary>The choice the utterance picks, or null.</summary>
    public static FoundChoice? Recognize(string? utterance, IReadOnlyList<Choice> choices, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var tokens = TextTokens.Split(utterance);
        if (tokens.Count == 0 || choices.Count == 0)
        {
            return null;
        }

        // Most answers are a choice said exactly; only when not are the phrases split, once, for the
        // two searches inside the sentence.
        List<Phrase>? split = null;
        var found = Exact(tokens, choices)
            ?? Unique(Contained(tokens, Phrases(), string.Equals))
            ?? ByPosition(utterance, choices, locale)
            ?? Unique(Contained(tokens, Phrases(), EditDistance.IsTypoOf), typo: true);
        return found is null ? null : found with { Value = choices[found.Index].Value };

        List<Phrase> Phrases()
        {
            if (split is null)
            {
                split = [];
                for (var index = 0; index < choices.Count; index++)
                {
                    foreach (var phrase in PhrasesOf(choices[index]))
                    {
                        split.Add(new Phrase(index, phrase, TextTokens.Split(phrase)));
                    }
                }
            }

            return split;
        }
    }

    private static FoundChoice? Exact(IReadOnlyList<string> tokens, IReadOnlyList<Choice> choices)
    {
        for (var index = 0; index < choices.Count; index++)
        {
            foreach (var phrase in PhrasesOf(choices[index]))
            {
                if (TextTokens.Split(phrase).SequenceEqual(tokens))
                {
                    return new FoundChoice(choices[index].Value, index, 1.0, phrase);
                }
            }
        }

        return null;
    }

    private static List<(int Index, string Phrase, int Words)> Contained(IReadOnlyList<string> tokens, List<Phrase> phrases, Func<string, string, bool> equals)
    {
        var matches = new List<(int, string, int)>();
        foreach (var phrase in phrases)
        {
            if (TextTokens.IndexOf(tokens, phrase.Words, equals) >= 0)
            {
                matches.Add((phrase.Index, phrase.Text, phrase.Words.Count));
            }
        }

        return matches;
    }

    private static FoundChoice? Unique(List<(int Index, string Phrase, int Words)> matches, bool typo = false)
    {
        if (matches.Count == 0)
        {
            return null;
        }

        // The longest phrase wins ("left and right" over "left"); two choices tied is no answer.
        var longest = matches.Max(m => m.Words);
        var best = matches.Where(m => m.Words == longest).ToList();
        if (best.Select(m => m.Index).Distinct().Count() != 1)
        {
            return null;
        }

        var (index, phrase, _) = best[0];
        return new FoundChoice(string.Empty, index, typo ? 0.8 : 0.9, phrase);
    }

    // A choice by its number is a short answer ("2", "the second one, please"); the number models'
    // cost grows faster than the text, so a long message is never read for one.
    private const int LongestPositionAnswer = 64;

    private static FoundChoice? ByPosition(string? utterance, IReadOnlyList<Choice> choices, string? locale)
    {
        if (utterance is null || utterance.Length > LongestPositionAnswer)
        {
            return null;
        }

        var position = NumberRecognition.Position(utterance, locale);
        return position is { } p && p <= choices.Count
            ? new FoundChoice(choices[p - 1].Value, p - 1, 1.0, null)
            : null;
    }

    private sealed record Phrase(int Index, string Text, IReadOnlyList<string> Words);

    private static IEnumerable<string> PhrasesOf(Choice choice)
    {
        yield return choice.Value;
        if (choice.Title != choice.Value)
        {
            yield return choice.Title;
        }

        foreach (var synonym in choice.Synonyms ?? [])
        {
            yield return synonym;
        }
    }
}
