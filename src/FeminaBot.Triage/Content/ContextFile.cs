using YamlDotNet.RepresentationModel;

namespace FeminaBot.Triage.Content;

/// <summary>Reads dialogs/context.yaml.</summary>
internal static class ContextFile
{
    private static readonly string[] Categories = ["negated", "resolved", "historical", "hypothetical", "uncertain", "baby", "other"];

    public static ContextRules Load(YamlFile file)
    {
        var categoriesNode = file.Map(file.Required(file.Root, "categories"), "'categories'");
        var categories = new List<ModifierCategory>();
        foreach (var (name, value, keyNode) in file.Entries(categoriesNode))
        {
            if (!Categories.Contains(name))
            {
                throw file.Error(keyNode, $"unknown category '{name}'; the categories are {string.Join(", ", Categories)}.");
            }

            var map = file.Map(value, $"the category '{name}'");
            var scope = (int)file.Number(file.Required(map, "scope"), $"the scope of '{name}'");
            var backwardScope = YamlFile.Optional(map, "backwardScope") is { } b ? (int)file.Number(b, $"the backward scope of '{name}'") : scope;
            categories.Add(new ModifierCategory(name, scope, backwardScope, List(file, map, "forward", name), List(file, map, "backward", name), List(file, map, "both", name)));
        }

        foreach (var missing in Categories.Where(c => categories.All(k => k.Name != c)))
        {
            throw file.Error(categoriesNode, $"the category '{missing}' is missing.");
        }

        return new ContextRules(
            categories,
            file.TextList(file.Required(file.Root, "pseudo"), "'pseudo'"),
            file.TextList(file.Required(file.Root, "terminate"), "'terminate'"),
            file.TextList(file.Required(file.Root, "terminateExistence"), "'terminateExistence'"),
            file.TextList(file.Required(file.Root, "newSubject"), "'newSubject'").ToHashSet(StringComparer.Ordinal),
            file.TextList(file.Required(file.Root, "self"), "'self'").ToHashSet(StringComparer.Ordinal),
            LoadGrammar(file));
    }

    private static Grammar LoadGrammar(YamlFile file)
    {
        var map = file.Map(file.Required(file.Root, "grammar"), "'grammar'");
        HashSet<string> Set(string key) => YamlFile.Optional(map, key) is { } node && node is YamlSequenceNode { Children.Count: 0 }
            ? new HashSet<string>(StringComparer.Ordinal)
            : file.TextList(file.Required(map, key), $"the grammar's '{key}'").Select(w => string.Concat(w.Where(c => c is not ('\'' or '\u2019')))).ToHashSet(StringComparer.Ordinal);
        return new Grammar(
            Set("answers"), Set("bareNo"), Set("denials"), Set("subjectAndVerb"), Set("aboutWhat"), Set("breast"), Set("articles"),
            Set("questionWords"), Set("herself"), Set("herBreast"), Set("notHerBreastAfter"), Set("breastFollowsStop"), Set("now"),
            Set("but"), Set("pastStarts"), Set("past"), Set("joins"), Set("shortParts"), Set("answerEnds"), Set("below"), Set("earlier"),
            Set("degrees"), Set("and"), Set("halfArticles"), Set("notReadings"));
    }

    private static IReadOnlyList<string> List(YamlFile file, YamlMappingNode map, string key, string category) =>
        YamlFile.Optional(map, key) is { } node ? file.TextList(node, $"the {key} phrases of '{category}'") : [];
}
