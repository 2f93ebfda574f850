using YamlDotNet.RepresentationModel;

namespace FeminaBot.Triage.Content;

/// <summary>Reads dialogs/messages.yaml and checks that every message the bot uses is there.</summary>
internal static class MessagesFile
{
    public static Messages Load(YamlFile file)
    {
        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        Collect(file, file.Root, string.Empty, messages);
        var missing = MessageKeys.All.Where(key => !messages.ContainsKey(key)).ToList();
        if (missing.Count > 0)
        {
            var line = file.Root.End.Line;
            throw ContentException.At(file.Name, line, $"missing the message{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing.Select(m => $"'{m}'"))}.");
        }

        return new Messages(messages);
    }

    private static void Collect(YamlFile file, YamlMappingNode map, string prefix, Dictionary<string, string> messages)
    {
        foreach (var (key, value, _) in file.Entries(map))
        {
            var name = prefix + key;
            if (value is YamlMappingNode nested)
            {
                Collect(file, nested, name + ".", messages);
            }
            else
            {
                messages[name] = file.Text(value, $"the message '{name}'");
            }
        }
    }
}
