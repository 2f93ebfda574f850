using System.Text.RegularExpressions;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Understanding;
using YamlDotNet.RepresentationModel;

namespace FeminaBot.Triage.Tests.Content;

/// <summary>
/// docs/clinical-rules.md and dialogs/ say the same thing: a sign, route or reading rule changed in
/// one and not the other fails the build, so the rules in the repository are the rules the bot runs.
/// </summary>
public sealed partial class ClinicalRulesDocumentTests
{
    private static readonly string Root = FindRepositoryRoot();
    private static readonly string Rules = File.ReadAllText(Path.Combine(Root, "docs", "clinical-rules.md"));
    private static readonly IReadOnlyDictionary<string, YamlMappingNode> Dialogs = Directory
        .GetFiles(Path.Combine(Root, "dialogs"), "*.yaml")
        .ToDictionary(path => Path.GetFileName(path), Load, StringComparer.Ordinal);

    private static readonly TriageContent Content = TriageContent.Load(Path.Combine(Root, "dialogs"));

    [Fact]
    public void Every_sign_route_and_reading_rule_in_dialogs_is_named_in_the_rules()
    {
        var findings = Dialogs["findings.yaml"];
        var emergency = Map(findings, "emergency");
        var ids = Keys(Map(findings, "findings"))
            .Concat(Keys(Map(findings, "told")))
            .Concat(Keys(Map(emergency, "signs")))
            .Concat(Keys(emergency).Except(["question", "signs"]))
            // The emergency signs the code gives of itself: a high reading, a severe infection, the baby.
            .Concat([EmergencySigns.HighTemperature, EmergencySigns.SevereInfection, EmergencySigns.Baby])
            .Concat(RouteIds())
            .Concat(Keys(Map(Dialogs["context.yaml"], "categories")));

        var missing = ids.Distinct().Where(id => !Named(Rules).Contains(id)).ToList();

        Assert.True(missing.Count == 0, $"docs/clinical-rules.md does not name {string.Join(", ", missing.Select(id => $"`{id}`"))}: say what each means there.");
    }

    [Fact]
    public void Every_name_in_backticks_in_the_rules_exists()
    {
        var keys = KeyPaths();
        var unknown = Named(Rules).Distinct().Where(name => !Exists(name, keys)).ToList();

        Assert.True(unknown.Count == 0, $"docs/clinical-rules.md names {string.Join(", ", unknown.Select(n => $"`{n}`"))}, which dialogs/ (or the repository, for a path) does not have.");
    }

    [Fact]
    public void The_order_of_questions_is_routing_yaml_s()
    {
        var stated = Named(Paragraph("The questions, in order:")).Where(Content.Findings.ContainsKey);

        Assert.Equal(Content.Routing.AskOrder, stated);
    }

    [Fact]
    public void Each_route_has_the_signs_routing_yaml_gives_it()
    {
        Assert.Equal(Content.Routing.ProviderSigns.Order(), RouteRowSigns("provider").Order());
        Assert.Equal(Content.Routing.TbmlSigns.Order(), RouteRowSigns("tbml").Order());
    }

    [Fact]
    public void Not_sure_counts_as_yes_for_the_answers_routing_yaml_names()
    {
        var paragraph = Paragraph("**Not sure** errs toward more care.");
        var start = paragraph.IndexOf("counts as yes for:", StringComparison.Ordinal);
        var list = paragraph[start..paragraph.IndexOf('(', start)];

        Assert.Equal(Content.Routing.UnsureCountsAsYes.Order(), Named(list).Order());
    }

    // The names in backticks, in order.
    private static List<string> Named(string text) => [.. Backticked().Matches(text).Select(m => m.Groups[1].Value)];

    // A path names a file or folder of the repository, a .yaml name a file of dialogs/, anything else
    // a key (or the end of a dotted key path) of a file in dialogs/, or a route.
    private static bool Exists(string name, HashSet<string> keys)
    {
        if (name.Contains('/', StringComparison.Ordinal))
        {
            var path = Path.Combine(Root, name);
            return File.Exists(path) || Directory.Exists(path);
        }

        return name.EndsWith(".yaml", StringComparison.Ordinal) ? Dialogs.ContainsKey(name) : keys.Contains(name) || RouteIds().Contains(name);
    }

    private static string Paragraph(string start)
    {
        var at = Rules.IndexOf(start, StringComparison.Ordinal);
        Assert.True(at >= 0, $"docs/clinical-rules.md has no paragraph starting \"{start}\".");
        var end = Rules.IndexOf("\n\n", at, StringComparison.Ordinal);
        return Rules[at..(end < 0 ? Rules.Length : end)];
    }

    // The "applies when" cell of the route's row in the table of routes.
    private static List<string> RouteRowSigns(string route)
    {
        var row = Rules.Split('\n').Select(line => line.Split('|')).SingleOrDefault(cells => cells.Length > 4 && cells[2].Trim() == $"`{route}`");
        Assert.True(row is not null, $"docs/clinical-rules.md has no row for `{route}` in its table of routes.");
        return Named(row[3]);
    }

    private static IEnumerable<string> RouteIds() =>
        ((YamlSequenceNode)Dialogs["routing.yaml"].Children[new YamlScalarNode("routes")]).Children
            .Select(item => ((YamlScalarNode)((YamlMappingNode)item).Children[new YamlScalarNode("route")]).Value!);

    // Every key of dialogs/, as itself and with the keys above it ("emergency.signs.harm", "signs.harm",
    // "harm"). The shorthand of words.yaml's `spellings` is what people type, not a name of the rules.
    private static HashSet<string> KeyPaths()
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in Dialogs.Values)
        {
            Walk(root, []);
        }

        return paths;

        void Walk(YamlNode node, List<string> above)
        {
            switch (node)
            {
                case YamlMappingNode map:
                    foreach (var (key, value) in map.Children)
                    {
                        var name = ((YamlScalarNode)key).Value!;
                        if (above.Count == 0 && name == "spellings")
                        {
                            continue;
                        }

                        List<string> path = [.. above, name];
                        for (var from = 0; from < path.Count; from++)
                        {
                            paths.Add(string.Join('.', path[from..]));
                        }

                        Walk(value, path);
                    }

                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children)
                    {
                        Walk(item, above);
                    }

                    break;
            }
        }
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static IEnumerable<string> Keys(YamlMappingNode node) => node.Children.Keys.Select(k => ((YamlScalarNode)k).Value!);

    private static YamlMappingNode Load(string path)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FeminaBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (FeminaBot.sln) was not found above the test binaries.");
    }

    [GeneratedRegex("`([^`\n]+)`")]
    private static partial Regex Backticked();
}
