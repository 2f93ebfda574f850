using YamlDotNet.RepresentationModel;

namespace FeminaBot.Evaluation;

/// <summary>Reads the office questions of offices/ (see offices/README.md for the format).</summary>
public static class OfficeCorpusFile
{
    public static string Folder(string part) => Path.Combine(AppContext.BaseDirectory, "offices", part);

    public static List<OfficeCase> LoadFolder(string folder) =>
        [.. Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).SelectMany(Load)];

    public static List<OfficeCase> Load(string path)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var reference = DateTime.Parse(Scalar(root, "reference"), System.Globalization.CultureInfo.InvariantCulture);
        var cases = new List<OfficeCase>();
        foreach (var node in ((YamlSequenceNode)root.Children[new YamlScalarNode("cases")]).Children.Cast<YamlMappingNode>())
        {
            cases.Add(new OfficeCase(
                Scalar(node, "id"),
                Scalar(node, "category"),
                reference,
                List(node, "before"),
                Scalar(node, "says"),
                List(node, "facts"),
                $"{Path.GetFileName(path)}:{node.Start.Line}"));
        }

        return cases;
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value ?? string.Empty;

    private static List<string> List(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value)
            ? [.. ((YamlSequenceNode)value).Children.Select(item => ((YamlScalarNode)item).Value ?? string.Empty)]
            : [];
}
