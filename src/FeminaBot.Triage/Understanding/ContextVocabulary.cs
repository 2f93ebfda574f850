using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Understanding;

/// <summary>dialogs/context.yaml made ready for reading: each trigger's category, direction and scope by id, and the word sets.</summary>
internal sealed class ContextVocabulary
{
    public ContextVocabulary(ContextRules rules, Lexicon lexicon, PhraseBook book)
    {
        foreach (var category in rules.Categories)
        {
            var modifier = Enum.Parse<Modifier>(category.Name, ignoreCase: true);
            Add(book, lexicon, modifier, "forward", category.Scope, category.Forward);
            Add(book, lexicon, modifier, "backward", category.BackwardScope, category.Backward);
            Add(book, lexicon, modifier, "both", category.Scope, category.Both);
        }

        foreach (var phrase in rules.Pseudo)
        {
            book.Add(PhraseGroup.Pseudo, "pseudo", phrase, lexicon);
        }

        foreach (var phrase in rules.Terminate)
        {
            book.Add(PhraseGroup.Terminate, "terminate", phrase, lexicon);
        }

        foreach (var phrase in rules.TerminateExistence)
        {
            book.Add(PhraseGroup.Terminate, "existence", phrase, lexicon);
        }

        Grammar = rules.Grammar;
        NewSubject = Read(rules.NewSubject, lexicon);
        Self = Read(rules.Self, lexicon);
    }

    public Dictionary<string, (Modifier Modifier, string Direction, int Scope)> Triggers { get; } = new(StringComparer.Ordinal);

    public Grammar Grammar { get; }

    public HashSet<string> NewSubject { get; }

    public HashSet<string> Self { get; }

    private void Add(PhraseBook book, Lexicon lexicon, Modifier modifier, string direction, int scope, IEnumerable<string> phrases)
    {
        var id = $"{modifier}:{direction}";
        Triggers[id] = (modifier, direction, scope);
        foreach (var phrase in phrases)
        {
            book.Add(PhraseGroup.Trigger, id, phrase, lexicon);
        }
    }

    private static HashSet<string> Read(IEnumerable<string> words, Lexicon lexicon) =>
        words.SelectMany(lexicon.Read).ToHashSet(StringComparer.Ordinal);
}
