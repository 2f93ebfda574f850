using FeminaBot.Triage.Content;
using FeminaBot.Triage.Recognition;

namespace FeminaBot.Triage.Understanding;

/// <summary>
/// Turns the phrases found in a message, with their modifiers, into what the message says of her:
/// each sign yes, no or unsure; emergency signs; the baby's illness; a lump that lasts or keeps
/// coming back. The rules are docs/clinical-rules.md's "Understanding what people write".
/// </summary>
internal static class SignReader
{
    private static readonly HashSet<string> TbmlSigns = new(StringComparer.Ordinal) { FindingIds.Fullness, FindingIds.Lump };


    public static void Read(List<Mention> mentions, ContextScopes scopes, List<(double Days, int At)> durations, MessageReading reading)
    {
        var lumpSentences = new HashSet<int>();
        var deathIn = new HashSet<int>();
        var wishIn = new HashSet<int>();
        // "What are the signs of mastitis?": a question about no one in particular states no sign.
        var words = reading.Words;
        var grammar = scopes.Grammar;
        var firstSentence = FirstSentence(words);
        var generalQuestion = words.Count > 0 && grammar.QuestionWords.Contains(words[0].Text) && !words.Take(firstSentence).Any(w => grammar.Herself.Contains(w.Text));
        reading.IsGeneralQuestion = generalQuestion;
        reading.SpeaksOfHerBreasts = words.Where((w, i) => grammar.HerBreast.Contains(w.Text) && !(i > 0 && grammar.NotHerBreastAfter.Contains(words[i - 1].Text))).Any();
        var asked = false;
        var notBetter = false;
        var sentences = Sentences(words);
        var notSignEnd = new int[words.Count];
        Array.Fill(notSignEnd, -1);
        foreach (var notSign in mentions.Where(m => m.Group == PhraseGroup.NotSign))
        {
            notSignEnd[notSign.Start] = Math.Max(notSignEnd[notSign.Start], notSign.End);
        }
        foreach (var mention in mentions)
        {
            if (mention.Group is PhraseGroup.Trigger or PhraseGroup.Pseudo or PhraseGroup.Terminate or PhraseGroup.Duration or PhraseGroup.Age or PhraseGroup.NotSign or PhraseGroup.HeartRate)
            {
                continue;
            }

            var modifiers = scopes.Of(mention) | (generalQuestion && mention.Start < firstSentence ? Modifier.Hypothetical : Modifier.None);
            asked |= (modifiers & Modifier.Hypothetical) != 0 && mention.Group is PhraseGroup.Finding or PhraseGroup.Told or PhraseGroup.Condition
                || (modifiers & Modifier.Other) != 0 && mention.Group is PhraseGroup.Condition;

            // A baby has no engorgement or lump ("baby can't latch, they're so firm"), and a sign of the
            // breast is hers whoever was named before it ("pus coming out of her breast").
            if (TbmlSigns.Contains(mention.Id) || BreastFollows(grammar, words, sentences, mention.End))
            {
                modifiers &= ~Modifier.Baby;
            }

            var hers = (modifiers & (Modifier.Baby | Modifier.Other | Modifier.Historical)) == 0;
            if (mention.Id == FindingIds.Lump && mention.Group == PhraseGroup.Finding && (modifiers & (Modifier.Baby | Modifier.Other | Modifier.Negated)) == 0)
            {
                reading.MentionsLump = true;
                lumpSentences.Add(sentences[mention.Start]);
            }

            if (InsideNotSign(mention, notSignEnd))
            {
                continue;
            }

            var real = (modifiers & (Modifier.Hypothetical | Modifier.Negated)) == 0;
            switch (mention.Group)
            {
                case PhraseGroup.Told when real && hers:
                    // Pus or discharge is a severe sign too: with feeling very ill, it is an emergency.
                    reading.SevereSign = true;
                    reading.Add(mention.Id, Recognition.Polarity.Yes);
                    break;
                case PhraseGroup.Finding or PhraseGroup.Told:
                    if ((modifiers & Modifier.Baby) != 0 && real)
                    {
                        reading.BabyIll = true;
                    }
                    else if (hers && (modifiers & Modifier.Hypothetical) == 0 && PolarityOf(grammar, mention.Id, modifiers, mention, reading) is { } polarity)
                    {
                        reading.Add(mention.Id, polarity);
                    }

                    break;
                case PhraseGroup.FindingDenied:
                    if (hers && (modifiers & (Modifier.Negated | Modifier.Hypothetical)) == Modifier.Negated)
                    {
                        reading.Add(mention.Id, Recognition.Polarity.No);
                    }

                    break;
                case PhraseGroup.Emergency when mention.Id == EmergencySigns.Harm:
                    // Thoughts of harm are an emergency however they are said, and whoever reports them
                    // ("my family would be better off without me"): only a plain "no" rules them out.
                    if ((modifiers & Modifier.Negated) == 0)
                    {
                        AddEmergency(reading, EmergencySigns.Harm);
                    }

                    break;
                case PhraseGroup.Emergency:
                    if (real && (modifiers & Modifier.Baby) != 0)
                    {
                        AddEmergency(reading, EmergencySigns.Baby);
                    }
                    else if (real && hers)
                    {
                        AddEmergency(reading, mention.Id);
                    }

                    break;
                case PhraseGroup.BabyEmergency:
                    if (real && (modifiers & Modifier.Baby) != 0)
                    {
                        AddEmergency(reading, EmergencySigns.Baby);
                    }

                    break;
                case PhraseGroup.BabyIll:
                    reading.BabyIll |= real && (modifiers & Modifier.Baby) != 0;
                    break;
                case PhraseGroup.HarmDeath when (modifiers & Modifier.Negated) == 0:
                    deathIn.Add(sentences[mention.Start]);
                    break;
                case PhraseGroup.HarmWith when (modifiers & Modifier.Negated) == 0:
                    wishIn.Add(sentences[mention.Start]);
                    break;
                case PhraseGroup.SevereSign:
                    reading.SevereSign |= real && hers;
                    break;
                case PhraseGroup.SevereWith:
                    reading.FeelsVeryIll |= real && hers;
                    break;
                case PhraseGroup.Recurring:
                    reading.Recurring |= (modifiers & (Modifier.Hypothetical | Modifier.Other | Modifier.Baby)) == 0;
                    break;
                case PhraseGroup.NotBetter:
                    notBetter |= (modifiers & (Modifier.Hypothetical | Modifier.Other | Modifier.Baby)) == 0;
                    break;
            }
        }

        // A word of death and a word of wishing or planning in one sentence are thoughts of harm.
        if (deathIn.Overlaps(wishIn))
        {
            AddEmergency(reading, EmergencySigns.Harm);
        }

        // How long the lump has lasted is said in its own sentence ("covid 2 weeks ago. now a clog" is no
        // two-week clog); with no lump in the message, it is about what was told before.
        reading.LongestDays = durations
            .Where(d => lumpSentences.Count == 0 || lumpSentences.Contains(sentences[d.At]))
            .Select(d => d.Days).DefaultIfEmpty(0).Max();

        // docs/clinical-rules.md, "More signs for the provider route": any sign not better after about a
        // day. A lump that lasts or comes back is judged with what is known (AnswerReader).
        if (notBetter && reading.LongestDays >= 1)
        {
            reading.Add(FindingIds.Lasting, Recognition.Polarity.Yes);
        }

        reading.OnlyAsks = asked && !reading.StatesASign && !(reading.MentionsLump && (reading.LongestDays >= 2 || reading.Recurring));
    }

    // Which sentence each word stands in.
    private static int[] Sentences(IReadOnlyList<Word> words)
    {
        var sentences = new int[words.Count];
        for (var i = 1; i < words.Count; i++)
        {
            sentences[i] = sentences[i - 1] + (words[i].Sentence ? 1 : 0);
        }

        return sentences;
    }

    // "shaking my head", "hot shower": a sign's word inside an everyday phrase.
    private static bool InsideNotSign(Mention mention, int[] notSignEnd)
    {
        for (var s = Math.Max(0, mention.Start - 6); s <= mention.Start; s++)
        {
            if (notSignEnd[s] >= mention.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool BreastFollows(Grammar grammar, IReadOnlyList<Word> words, int[] sentences, int end)
    {
        for (var i = end + 1; i < Math.Min(words.Count, end + 5) && sentences[i] == sentences[end] && !words[i].Comma; i++)
        {
            if (grammar.BreastFollowsStop.Contains(words[i].Text))
            {
                return false;
            }

            if (grammar.HerBreast.Contains(words[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstSentence(IReadOnlyList<Word> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].Sentence)
            {
                return i;
            }
        }

        return words.Count;
    }

    private static Polarity? PolarityOf(Grammar grammar, string id, Modifier modifiers, Mention mention, MessageReading reading)
    {
        if ((modifiers & Modifier.Negated) != 0)
        {
            // "Not feverish now but I was yesterday": gone now, there earlier in this episode.
            if (SaysNow(grammar, reading, mention.End) && WasEarlier(grammar, reading, mention.End))
            {
                return Recognition.Polarity.Yes;
            }

            // "No fever now" says nothing of a fever earlier, and any fever since this began counts: ask.
            return id == FindingIds.Fever && SaysNow(grammar, reading, mention.End) ? null : Recognition.Polarity.No;
        }

        if ((modifiers & Modifier.Resolved) != 0)
        {
            return id == FindingIds.Fever ? Recognition.Polarity.Yes : Recognition.Polarity.No;
        }

        return (modifiers & Modifier.Uncertain) != 0 ? Recognition.Polarity.Unsure : Recognition.Polarity.Yes;
    }

    private static bool SaysNow(Grammar grammar, MessageReading reading, int end)
    {
        for (var i = end + 1; i < Math.Min(reading.Words.Count, end + 3); i++)
        {
            if (grammar.Now.Contains(reading.Words[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    // "... but I was", "... but it was this morning", "... but I had it last night".
    private static bool WasEarlier(Grammar grammar, MessageReading reading, int end)
    {
        var words = reading.Words;
        for (var i = end + 1; i + 1 < Math.Min(words.Count, end + 6); i++)
        {
            if (grammar.But.Contains(words[i].Text) && grammar.PastStarts.Contains(words[i + 1].Text)
                && words.Skip(i + 1).Take(3).Any(w => grammar.Past.Contains(w.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddEmergency(MessageReading reading, string sign)
    {
        if (!reading.EmergencySigns.Contains(sign))
        {
            reading.EmergencySigns.Add(sign);
        }
    }
}
