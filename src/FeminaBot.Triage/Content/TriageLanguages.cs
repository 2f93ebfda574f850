using FeminaBot.Triage.Languages;

namespace FeminaBot.Triage.Content;

/// <summary>
/// The content in every language FeminaBot speaks (dialogs/languages.yaml): English from dialogs/,
/// each other language from its folder, checked at start to have every message, sign, command and
/// massage step the English has.
/// </summary>
public sealed class TriageLanguages
{
    private readonly Dictionary<string, TriageContent> _byCode;

    private TriageLanguages(LanguageRules rules, IReadOnlyList<TriageContent> all)
    {
        Rules = rules;
        All = all;
        _byCode = all.ToDictionary(c => c.Language, StringComparer.Ordinal);
    }

    /// <summary>How a conversation's language is chosen.</summary>
    public LanguageRules Rules { get; }

    /// <summary>Every language's content, English first.</summary>
    public IReadOnlyList<TriageContent> All { get; }

    /// <summary>English, the default.</summary>
    public TriageContent Default => All[0];

    /// <summary>The content in the language of <paramref name="code"/> ("es"), or null when it is not spoken.</summary>
    public TriageContent? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var content) ? content : null;

    /// <summary>Loads and checks every language under <paramref name="directory"/> (dialogs/).</summary>
    public static TriageLanguages Load(string directory)
    {
        var rules = LanguagesFile.Load(YamlFile.Load(directory, "languages.yaml"));
        var english = TriageContent.Load(directory);
        var all = new List<TriageContent> { english };
        foreach (var language in rules.All.Skip(1))
        {
            var content = TriageContent.Load(Path.Combine(directory, language.Folder!), language.Folder, language.Code, english);
            CheckSameAs(english, content, language.Folder!);
            all.Add(content);
        }

        return new TriageLanguages(rules, all);
    }

    /// <summary>One language only, as the tests and tools that need no other build it.</summary>
    public static TriageLanguages Only(TriageContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var language = new Language(content.Language, content.Language, null, [], new HashSet<string>(StringComparer.Ordinal));
        return new TriageLanguages(new LanguageRules(int.MaxValue, [language]), [content]);
    }

    // Every English message, sign, command and step in the other language too, and nothing the English lacks.
    private static void CheckSameAs(TriageContent english, TriageContent other, string folder)
    {
        static void Same(string folder, string file, string what, IEnumerable<string> expected, IEnumerable<string> actual)
        {
            var missing = expected.Except(actual, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var extra = actual.Except(expected, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                throw new ContentException($"dialogs/{folder}/{file}: missing the {what} {string.Join(", ", missing.Select(m => $"'{m}'"))}, which dialogs/{file} has.");
            }

            if (extra.Count > 0)
            {
                throw new ContentException($"dialogs/{folder}/{file}: the {what} {string.Join(", ", extra.Select(m => $"'{m}'"))} is not in dialogs/{file}; is it misspelled?");
            }
        }

        Same(folder, "messages.yaml", "message", english.Messages.Keys, other.Messages.Keys);
        Same(folder, "findings.yaml", "finding", english.Findings.Keys, other.Findings.Keys);
        Same(folder, "findings.yaml", "emergency sign", english.Emergency.Signs.Select(s => s.Key), other.Emergency.Signs.Select(s => s.Key));
        Same(folder, "commands.yaml", "command", english.Understanding.Commands.Phrases.Select(p => p.Command.ToString()).Distinct(), other.Understanding.Commands.Phrases.Select(p => p.Command.ToString()).Distinct());
        Same(folder, "tbml.yaml", "massage step", english.Tbml.Steps.Select((_, i) => $"{i + 1}"), other.Tbml.Steps.Select((_, i) => $"{i + 1}"));
        Same(folder, "tbml.yaml", "tip", english.Tbml.Tips.Select((_, i) => $"{i + 1}"), other.Tbml.Tips.Select((_, i) => $"{i + 1}"));
    }
}
