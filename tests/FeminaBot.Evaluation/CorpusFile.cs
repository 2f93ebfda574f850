using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FeminaBot.Evaluation;

/// <summary>Loads the corpus's YAML files; a malformed case stops the load with its file and line.</summary>
public static class CorpusFile
{
    /// <summary>The corpus folder beside the program: corpus/en or corpus/en-heldback.</summary>
    public static string Folder(string part) => Path.Combine(AppContext.BaseDirectory, "corpus", part);

    /// <summary>Every case in every .yaml file of <paramref name="folder"/>, in file order.</summary>
    public static List<CorpusCase> LoadFolder(string folder)
    {
        var cases = new List<CorpusCase>();
        foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            cases.AddRange(Load(path));
        }

        var duplicate = cases.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? cases : throw new InvalidDataException($"{duplicate.First().File}:{duplicate.Last().Line}: the id '{duplicate.Key}' is used twice.");
    }

    private static List<CorpusCase> Load(string path)
    {
        var name = Path.GetFileName(path);
        var stream = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            try
            {
                stream.Load(reader);
            }
            catch (YamlException e)
            {
                throw new InvalidDataException($"{name}:{e.Start.Line}: not valid YAML: {e.Message}", e);
            }
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlSequenceNode list)
        {
            throw new InvalidDataException($"{name}:1: expected a list of cases.");
        }

        return list.Children.Select(node => Case(name, node)).ToList();
    }

    private static CorpusCase Case(string file, YamlNode node)
    {
        var line = (int)node.Start.Line;
        if (node is not YamlMappingNode map)
        {
            throw new InvalidDataException($"{file}:{line}: a case must be a mapping.");
        }

        string? Text(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;
        var id = Text("id") ?? throw new InvalidDataException($"{file}:{line}: a case without an id.");
        var expect = Enum.TryParse<Outcome>(Text("expect"), ignoreCase: true, out var outcome)
            ? outcome
            : throw new InvalidDataException($"{file}:{line}: '{id}' has no valid 'expect' (emergency, provider, tbml, clinic, baby or none).");
        if (!map.Children.TryGetValue(new YamlScalarNode("say"), out var sayNode) || sayNode is not YamlSequenceNode say || say.Children.Count == 0)
        {
            throw new InvalidDataException($"{file}:{line}: '{id}' has no 'say' list.");
        }

        var messages = say.Children.Select(m => (m as YamlScalarNode)?.Value ?? throw new InvalidDataException($"{file}:{m.Start.Line}: a message must be text.")).ToList();
        var crisis = string.Equals(Text("crisis"), "true", StringComparison.OrdinalIgnoreCase);
        return crisis && expect != Outcome.Emergency
            ? throw new InvalidDataException($"{file}:{line}: '{id}' is a crisis but does not expect an emergency.")
            : new CorpusCase(id, file, line, expect, crisis, messages, Text("note"));
    }
}
