using FeminaBot.Triage.Content;
namespace FeminaBot.Triage.Understanding;

/// <summary>
/// ConText over one message: given where the triggers, pseudo-triggers and terminators stand, the
/// modifiers that reach a phrase. A trigger reaches forward or backward within its category's scope,
/// unless a sentence break, a terminator or a new subject stands between; a pseudo-trigger ("can't
/// stop", "not just") hides the trigger inside it; the baby's and others' reach ends at words of the
/// person herself ("and my breast"). Each question looks only at the words within the widest scope,
/// so reading a message stays linear in its length.
/// </summary>
internal sealed class ContextScopes
{
    /// <summary>The widest scope any category may have, and the longest phrase a trigger may be.</summary>
    public const int MostScope = 16;

    private const int LongestTrigger = 8;

    private readonly Grammar _grammar;

    private readonly IReadOnlyList<Word> _words;
    private readonly List<Trigger>?[] _endingAt;
    private readonly List<Trigger>?[] _startingAt;
    private readonly bool[] _terminates;
    private readonly bool[] _terminatesExistence;
    private readonly bool[] _newSubject;
    private readonly bool[] _self;
    private readonly bool[] _breast;

    public Grammar Grammar => _grammar;

    public ContextScopes(IReadOnlyList<Word> words, IEnumerable<Mention> mentions, ContextVocabulary vocabulary)
    {
        _words = words;
        _grammar = vocabulary.Grammar;
        var count = words.Count;
        _endingAt = new List<Trigger>?[count];
        _startingAt = new List<Trigger>?[count];
        _terminates = new bool[count];
        _terminatesExistence = new bool[count];
        _newSubject = new bool[count];
        _self = new bool[count];
        _breast = new bool[count];
        var pseudoEnd = new int[count];
        Array.Fill(pseudoEnd, -1);
        var triggers = new List<Mention>();
        foreach (var mention in mentions)
        {
            switch (mention.Group)
            {
                case PhraseGroup.Pseudo:
                    pseudoEnd[mention.Start] = Math.Max(pseudoEnd[mention.Start], mention.End);
                    break;
                case PhraseGroup.Terminate:
                    (mention.Id == "existence" ? _terminatesExistence : _terminates)[mention.Start] = true;
                    break;
                case PhraseGroup.Trigger:
                    triggers.Add(mention);
                    break;
            }
        }

        for (var i = 0; i < count; i++)
        {
            var text = words[i].Text;

            // "refusing the breast" is the baby's business; "my breast", "breast is red" are hers.
            _breast[i] = _grammar.Breast.Contains(text);
            _self[i] = vocabulary.Self.Contains(text) && !(i > 0 && _grammar.Articles.Contains(words[i - 1].Text) && _grammar.HerBreast.Contains(text));
            _newSubject[i] = vocabulary.NewSubject.Contains(text)
                && (words[i].Comma || i > 0 && _grammar.Answers.Contains(words[i - 1].Text) || StartsAClause(words, i));
        }

        // A trigger inside a longer one gives way to it ("if" in "not sure if" is doubt, not "what if"),
        // and one inside a pseudo-trigger is none ("can't" in "can't stop", "husband" in "husband here").
        var covering = new Dictionary<int, int>();
        foreach (var trigger in triggers)
        {
            covering[trigger.Start] = Math.Max(covering.GetValueOrDefault(trigger.Start, -1), trigger.End);
        }

        foreach (var trigger in triggers)
        {
            if (Covered(trigger, covering, pseudoEnd))
            {
                continue;
            }

            var (modifier, direction, scope) = vocabulary.Triggers[trigger.Id];
            var kept = new Trigger(modifier, direction, trigger.Start, trigger.End, Math.Min(scope, MostScope));
            (_endingAt[trigger.End] ??= []).Add(kept);
            (_startingAt[trigger.Start] ??= []).Add(kept);
        }
    }

    /// <summary>The modifiers that reach the words from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public Modifier Of(int start, int end) => Of(new Mention(PhraseGroup.Finding, string.Empty, start, end, 0));

    /// <summary>The modifiers that reach a phrase, including a negation between its parts.</summary>
    public Modifier Of(Mention mention)
    {
        var (start, end) = (mention.Start, mention.End);
        var found = Modifier.None;

        // Triggers before the phrase reach forward.
        for (var at = start - 1; at >= Math.Max(0, start - MostScope - 1); at--)
        {
            foreach (var t in _endingAt[at] ?? [])
            {
                if (t.Direction is "forward" or "both" && start - t.End - 1 <= t.Scope && !Blocked(t.End + 1, start, t.Modifier, IsAnswer(t), forward: true))
                {
                    found |= t.Modifier;
                }
            }
        }

        // Triggers after it reach backward.
        for (var at = end + 1; at <= Math.Min(_words.Count - 1, end + MostScope + 1); at++)
        {
            foreach (var t in _startingAt[at] ?? [])
            {
                if (t.Direction is "backward" or "both" && t.Start - end - 1 <= t.Scope && !Blocked(end + 1, t.Start, t.Modifier, answer: false, forward: false) && !IsLooseDenial(t, end)
                    && !(t.Direction == "backward" && t.Modifier is Modifier.Baby or Modifier.Other && CrossesClause(end + 1, t.Start)))
                {
                    found |= t.Modifier;
                }
            }
        }

        // "heart is not pounding": a negation between the parts of a phrase, in words not its own.
        for (var at = start + 1; mention.Gaps != 0 && at < end; at++)
        {
            if (_startingAt[at]?.Any(t => t.Modifier == Modifier.Negated && Enumerable.Range(t.Start, t.End - t.Start + 1).All(mention.IsGap)) == true)
            {
                found |= Modifier.Negated;
            }
        }

        return found;
    }

    // The baby or someone named after a sign owns it only within its clause: "I have a fever and baby is
    // crying", "I have a fever, baby is fine" leave the fever hers ("only 2 wet diapers", said of the
    // baby both ways, reaches across).
    private bool CrossesClause(int from, int to)
    {
        for (var k = from; k <= to && k < _words.Count; k++)
        {
            if (_words[k].Comma || k < to && _grammar.Joins.Contains(_words[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    private bool StartsAClause(IReadOnlyList<Word> words, int i) =>
        _grammar.SubjectAndVerb.Contains(words[i].Text) && i > 0 && !_grammar.AboutWhat.Contains(words[i - 1].Text);

    private static bool Covered(Mention trigger, Dictionary<int, int> triggerEnds, int[] pseudoEnd)
    {
        for (var s = Math.Max(0, trigger.Start - LongestTrigger); s <= trigger.Start; s++)
        {
            var longer = triggerEnds.TryGetValue(s, out var e) && e >= trigger.End && e - s > trigger.End - trigger.Start;
            if (longer || pseudoEnd[s] >= trigger.End)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsAnswer(Trigger t) => t.Start == t.End && _grammar.BareNo.Contains(_words[t.Start].Text);

    // "fever: no" denies; "racing for no reason" does not: a plain "no" after a sign must follow it
    // directly and end its part of the sentence.
    private bool IsLooseDenial(Trigger t, int end) =>
        t.Modifier == Modifier.Negated && t.Start == t.End && _grammar.Denials.Contains(_words[t.Start].Text)
        && (t.Start != end + 1 || t.End + 1 < _words.Count && !_words[t.End + 1].Sentence && !_words[t.End + 1].Comma);

    // Whether anything from word `from` to word `to` (the word the scope would reach) ends the scope.
    private bool Blocked(int from, int to, Modifier modifier, bool answer, bool forward)
    {
        // "no, kinda red": a bare "no" followed by a comma answers the question; it does not deny what
        // follows. Nor does "no sé, a lo mejor un poco rosa": a "no" and a word of doubt, then a comma.
        if (answer && from < _words.Count && (_words[from].Comma || _words[from].Sentence
            || from + 1 <= to && _grammar.AboutWhat.Contains(_words[from].Text) && _words[from + 1].Comma))
        {
            return true;
        }

        var person = modifier is Modifier.Baby or Modifier.Other;
        for (var k = from; k <= to && k < _words.Count; k++)
        {
            if (_words[k].Sentence)
            {
                return true;
            }

            // A comma ends a doubt, a time, an "if" going forward ("scared I'll get a fever, clogged duct
            // on the left"); a denial goes on through a list ("no fever, chills or redness").
            if (forward && !person && modifier != Modifier.Negated && _words[k].Comma)
            {
                return true;
            }

            if (k == to)
            {
                break;
            }

            // The baby's reach ends at a breast word too ("baby latched and breast is red"); a sister's does not ("has a red breast").
            if (_terminates[k] || !person && (_terminatesExistence[k] || _newSubject[k]) || person && _self[k] && (modifier == Modifier.Baby || !_breast[k]))
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Trigger(Modifier Modifier, string Direction, int Start, int End, int Scope);
}
