using FeminaBot.Triage.Languages;
using FeminaBot.Triage.Understanding;

namespace FeminaBot.Triage.Content;

/// <summary>Reads dialogs/languages.yaml: English first with no folder, then each other language with its folder.</summary>
internal static class LanguagesFile
{
    public static LanguageRules Load(YamlFile file)
    {
        var clearFrom = (int)file.Number(file.Required(file.Root, "clearFrom"), "'clearFrom'");
        if (clearFrom < 1)
        {
            throw file.Error(file.Required(file.Root, "clearFrom"), "'clearFrom' must be 1 or more.");
        }

        var languages = new List<Language>();
        foreach (var node in file.Sequence(file.Required(file.Root, "languages"), "'languages'").Children)
        {
            var map = file.Map(node, "a language");
            var code = file.Word(file.Required(map, "code"), "a language's 'code'");
            var folder = YamlFile.Optional(map, "folder") is { } folderNode ? file.Word(folderNode, $"the folder of '{code}'") : null;
            if (languages.Count == 0 && (code != "en" || folder is not null))
            {
                throw file.Error(node, "the first language is English (code: en), whose files are dialogs/ itself, with no folder.");
            }

            if (languages.Count > 0 && folder is null)
            {
                throw file.Error(node, $"'{code}' needs a 'folder' under dialogs/ with its files.");
            }

            if (languages.Any(l => l.Code == code))
            {
                throw file.Error(node, $"'{code}' is listed twice.");
            }

            var ask = file.TextList(file.Required(map, "ask"), $"the 'ask' phrases of '{code}'")
                .Select(p => TypedWords.Split(p).Select(w => w.Text).ToArray()).Where(p => p.Length > 0).ToList();
            var marks = file.TextList(file.Required(map, "marks"), $"the 'marks' of '{code}'")
                .SelectMany(p => TypedWords.Split(p).Select(w => w.Text)).ToHashSet(StringComparer.Ordinal);
            languages.Add(new Language(code, file.Text(map, "name"), folder, ask, marks));
        }

        if (languages.Count == 0)
        {
            throw file.Error(file.Root, "'languages' lists no language.");
        }

        return new LanguageRules(clearFrom, languages);
    }
}
