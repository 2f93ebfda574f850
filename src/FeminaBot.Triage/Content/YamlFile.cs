using FeminaBot.Conversations.Recognition;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FeminaBot.Triage.Content;

/// <summary>
/// One YAML file read node by node, so every error can name the file and the line: a missing key,
/// a wrong shape, an unknown name.
/// </summary>
internal sealed class YamlFile
{
    private YamlFile(string name, YamlMappingNode root)
    {
        Name = name;
        Root = root;
    }

    /// <summary>The file's name as shown in errors, such as <c>dialogs/offices.yaml</c>.</summary>
    public string Name { get; }

    public YamlMappingNode Root { get; }

    /// <summary>Loads dialogs/<paramref name="fileName"/> from <paramref name="directory"/>; <paramref name="folder"/> is a language's folder under dialogs/ ("es"), shown in errors.</summary>
    public static YamlFile Load(string directory, string fileName, string? folder = null)
    {
        var name = folder is null ? $"dialogs/{fileName}" : $"dialogs/{folder}/{fileName}";
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            throw new ContentException($"{name}: the file is missing (looked in {Path.GetFullPath(directory)}).");
        }

        var stream = new YamlStream();
        try
        {
            using var reader = File.OpenText(path);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw ContentException.At(name, e.Start.Line, $"not valid YAML: {e.Message}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw ContentException.At(name, 1, "expected a mapping of keys to values at the top.");
        }

        return new YamlFile(name, root);
    }

    public ContentException Error(YamlNode node, string problem) => ContentException.At(Name, node.Start.Line, problem);

    public YamlNode Required(YamlMappingNode map, string key)
    {
        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && name == key)
            {
                return v;
            }
        }

        throw Error(map, $"'{key}' is missing.");
    }

    public static YamlNode? Optional(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: { } name } && name == key).Value;

    public YamlMappingNode Map(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(node, $"{what} should be a mapping of keys to values.");

    public YamlSequenceNode Sequence(YamlNode node, string what) =>
        node as YamlSequenceNode ?? throw Error(node, $"{what} should be a list.");

    public string Text(YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : throw Error(node, $"{what} should be non-empty text.");

    public string Text(YamlMappingNode map, string key) => Text(Required(map, key), $"'{key}'");

    public IReadOnlyList<string> TextList(YamlNode node, string what)
    {
        var list = Sequence(node, what).Children.Select(item => Text(item, $"an item of {what}")).ToList();
        return list.Count > 0 ? list : throw Error(node, $"{what} should not be empty.");
    }

    /// <summary>One word, as a message's words are read: in lower case, apostrophes dropped.</summary>
    public string Word(YamlNode node, string what)
    {
        var text = Text(node, what);
        return TextTokens.Split(text) is [var word] ? word : throw Error(node, $"'{text}' in {what} should be one word.");
    }

    /// <summary>A non-empty list of single words.</summary>
    public HashSet<string> Words(YamlNode node, string what)
    {
        var words = Sequence(node, what).Children.Select(item => Word(item, what)).ToHashSet(StringComparer.Ordinal);
        return words.Count > 0 ? words : throw Error(node, $"{what} should not be empty.");
    }

    public HashSet<string> Words(YamlMappingNode map, string key, string what) => Words(Required(map, key), what);

    public double Number(YamlNode node, string what) =>
        double.TryParse(Text(node, what), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(node, $"{what} should be a number.");

    public IEnumerable<(string Key, YamlNode Value, YamlNode KeyNode)> Entries(YamlMappingNode map) =>
        map.Children.Select(kv => (Text(kv.Key, "a key"), kv.Value, kv.Key));
}
