namespace FeminaBot.Triage.Understanding;

/// <summary>
/// Every phrase FeminaBot looks for, read through the <see cref="Lexicon"/> and stemmed once, indexed
/// by its first word so that finding them all in a message costs one look-up per word. A phrase of
/// several words may have up to <see cref="MostGap"/> other words between its parts, within a sentence
/// and not across a comma, when its group allows it.
/// </summary>
internal sealed class PhraseBook(Func<string, string> stem, IReadOnlySet<string> joins)
{
    public const int MostGap = 2;

    private readonly Dictionary<string, List<Entry>> _byFirstStem = new(StringComparer.Ordinal);

    public void Add(PhraseGroup group, string id, string phrase, Lexicon lexicon)
    {
        var texts = TypedWords.Split(phrase).SelectMany(w => lexicon.Read(w.Text)).ToArray();
        var stems = texts.Select(stem).ToArray();
        if (stems.Length == 0)
        {
            return;
        }

        if (!_byFirstStem.TryGetValue(stems[0], out var entries))
        {
            _byFirstStem[stems[0]] = entries = [];
        }

        // The words around a sign are matched as written: "note" is no "not", though they share a stem.
        entries.Add(new Entry(group, id, stems, group is PhraseGroup.Trigger or PhraseGroup.Pseudo or PhraseGroup.Terminate ? texts : null));
    }

    /// <summary>Every phrase found in the words, in order of where it starts.</summary>
    public List<Mention> Find(IReadOnlyList<Word> words)
    {
        var found = new List<Mention>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!_byFirstStem.TryGetValue(words[i].Stem, out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry.Exact is { } exact && words[i].Text != exact[0])
                {
                    continue;
                }

                if (Match(words, i, entry) is { } end)
                {
                    found.Add(new Mention(entry.Group, entry.Id, i, end.Last, end.Gaps));
                }
            }
        }

        return found;
    }

    private (int Last, ulong Gaps)? Match(IReadOnlyList<Word> words, int start, Entry entry)
    {
        var at = start;
        var gaps = 0UL;
        var mayGap = entry.Group is PhraseGroup.Finding or PhraseGroup.FindingDenied or PhraseGroup.Told or PhraseGroup.Emergency
            or PhraseGroup.SevereSign or PhraseGroup.SevereWith or PhraseGroup.BabyEmergency or PhraseGroup.BabyIll
            or PhraseGroup.Recurring or PhraseGroup.NotBetter;
        for (var part = 1; part < entry.Stems.Length; part++)
        {
            var next = -1;
            var reach = mayGap ? MostGap : 0;
            for (var k = at + 1; k <= at + 1 + reach && k < words.Count; k++)
            {
                // A phrase's parts stand within one sentence and one clause: "shakes and her boob" is no "shake her".
                if (words[k].Sentence || words[k].Comma || k > at + 1 && joins.Contains(words[k - 1].Text))
                {
                    break;
                }

                if (entry.Exact is { } exact ? words[k].Text == exact[part] : words[k].Stem == entry.Stems[part])
                {
                    next = k;
                    break;
                }
            }

            if (next < 0)
            {
                return null;
            }

            for (var gap = at + 1; gap < next && gap - start < 64; gap++)
            {
                gaps |= 1UL << (gap - start);
            }

            at = next;
        }

        return (at, gaps);
    }

    private sealed record Entry(PhraseGroup Group, string Id, string[] Stems, string[]? Exact);
}
