using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Understanding;

/// <summary>
/// ConText over one message: given where the triggers, pseudo-triggers and terminators stand, the
/// modifiers that reach a phrase. A trigger reaches forward or backward within its category's scope,
/// unless a sentence break, a terminator or a new subject stands between; a pseudo-trigger ("can't
/// stop", "not just") hides the negation inside it; the baby's and others' reach ends at words of
/// the person herself ("and my breast").
/// </summary>
internal sealed class ContextScopes
{
    private static readonly HashSet<string> AnswerWords = new(StringComparer.Ordinal) { "no", "nope", "nah", "yes", "yeah", "yep", "and", "so", "then", "ok", "okay" };

    private readonly IReadOnlyList<Word> _words;
    // "it's not red it's pink": a subject with its verb starts a new clause, unless it is what a
    // doubt or a denial is about ("I don't think it's red").
    private static readonly HashSet<string> SubjectAndVerb = new(StringComparer.Ordinal) { "its", "im", "ive", "theres" };
    private static readonly HashSet<string> AboutWhat = new(StringComparer.Ordinal) { "think", "sure", "know", "if", "that", "guess", "believe", "say", "whether", "feel", "like" };

    private static bool StartsAClause(IReadOnlyList<Word> words, int i) =>
        SubjectAndVerb.Contains(words[i].Text) && i > 0 && !AboutWhat.Contains(words[i - 1].Text);

    private static readonly HashSet<string> PlainDenials = new(StringComparer.Ordinal) { "no", "none", "nope", "negative", "nah" };

    private readonly List<(Modifier Modifier, string Direction, int Start, int End, int Scope)> _triggers = [];
    private readonly bool[] _terminates;
    private readonly bool[] _terminatesExistence;
    private readonly bool[] _newSubject;
    private readonly bool[] _self;

    public ContextScopes(IReadOnlyList<Word> words, IEnumerable<Mention> mentions, ContextVocabulary vocabulary)
    {
        _words = words;
        _terminates = new bool[words.Count];
        _terminatesExistence = new bool[words.Count];
        _newSubject = new bool[words.Count];
        _self = new bool[words.Count];
        var pseudos = new List<Mention>();
        var triggers = new List<Mention>();
        foreach (var mention in mentions)
        {
            switch (mention.Group)
            {
                case PhraseGroup.Pseudo:
                    pseudos.Add(mention);
                    break;
                case PhraseGroup.Terminate:
                    (mention.Id == "existence" ? _terminatesExistence : _terminates)[mention.Start] = true;
                    break;
                case PhraseGroup.Trigger:
                    triggers.Add(mention);
                    break;
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            var text = words[i].Text;
            // "refusing the breast" is the baby's business; "my breast", "breast is red" are hers.
            _self[i] = vocabulary.Self.Contains(text) && !(i > 0 && words[i - 1].Text is "the" && text is "breast" or "breasts");
            _newSubject[i] = vocabulary.NewSubject.Contains(text)
                && (words[i].Comma || i > 0 && AnswerWords.Contains(words[i - 1].Text) || StartsAClause(words, i));
        }

        foreach (var trigger in triggers)
        {
            // A trigger inside a longer one gives way to it: "if" in "not sure if" is doubt, not "what if".
            if (triggers.Any(t => t.Start <= trigger.Start && t.End >= trigger.End && t.End - t.Start > trigger.End - trigger.Start))
            {
                continue;
            }

            var (modifier, direction, scope) = vocabulary.Triggers[trigger.Id];

            // A negation inside "can't stop" or "not just" is no negation; "husband" in "husband here" names the writer.
            if (pseudos.Any(p => p.Start <= trigger.Start && p.End >= trigger.End))
            {
                continue;
            }

            _triggers.Add((modifier, direction, trigger.Start, trigger.End, scope));
        }
    }

    /// <summary>The modifiers that reach the words from <paramref name="start"/> to <paramref name="end"/>, a phrase with <paramref name="gaps"/> words of others between its parts.</summary>
    public Modifier Of(int start, int end, int gaps = 0)
    {
        var found = Modifier.None;
        foreach (var (modifier, direction, tStart, tEnd, scope) in _triggers)
        {
            if (tEnd < start && direction is "forward" or "both" && start - tEnd - 1 <= scope && !Blocked(tEnd + 1, start, modifier, answer: IsAnswer(tStart, tEnd)))
            {
                found |= modifier;
            }
            else if (tStart > end && direction is "backward" or "both" && tStart - end - 1 <= scope && !Blocked(end + 1, tStart, modifier, answer: false, forward: false) && !IsLooseDenial(modifier, end, tStart, tEnd))
            {
                found |= modifier;
            }
            else if (modifier == Modifier.Negated && gaps > 0 && tStart > start && tEnd < end)
            {
                // "heart is not pounding": a negation between the parts of a phrase.
                found |= modifier;
            }
        }

        return found;
    }

    // "fever: no" denies; "racing for no reason" does not: a plain "no" after a sign must follow it
    // directly and end its part of the sentence.
    private bool IsLooseDenial(Modifier modifier, int end, int tStart, int tEnd) =>
        modifier == Modifier.Negated && tStart == tEnd && PlainDenials.Contains(_words[tStart].Text)
        && (tStart != end + 1 || tEnd + 1 < _words.Count && !_words[tEnd + 1].Sentence && !_words[tEnd + 1].Comma);

    private bool IsAnswer(int start, int end) => start == end && _words[start].Text is "no" or "nope" or "nah";

    // Whether anything from word `from` to word `to` (the word the scope would reach) ends the scope.
    private bool Blocked(int from, int to, Modifier modifier, bool answer, bool forward = true)
    {
        // "no, kinda red": a bare "no" followed by a comma answers the question; it does not deny what follows.
        if (answer && from < _words.Count && (_words[from].Comma || _words[from].Sentence))
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

            // A comma ends a doubt, a time, an "if" or a person ("scared I'll get a fever, clogged duct
            // on the left"); a denial goes on through a list ("no fever, chills or redness").
            if (forward && modifier is not (Modifier.Negated or Modifier.Baby or Modifier.Other) && _words[k].Comma)
            {
                return true;
            }

            if (k == to)
            {
                break;
            }

            if (_terminates[k] || !person && (_terminatesExistence[k] || _newSubject[k]) || person && _self[k])
            {
                return true;
            }
        }

        return false;
    }
}
