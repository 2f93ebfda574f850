using FeminaBot.Triage.Offices;
using YamlDotNet.RepresentationModel;

namespace FeminaBot.Triage.Content;

/// <summary>
/// Reads dialogs/messages.yaml and checks that every message the bot uses is there, with the buttons'
/// titles from dialogs/choices.yaml, and every office's name and phone from dialogs/offices.yaml
/// filled into <c>{officeNames}</c> and <c>{officePhones}</c>.
/// </summary>
internal static class MessagesFile
{
    public static Messages Load(YamlFile file, IReadOnlyDictionary<string, string> titles, OfficeDirectory offices, IEnumerable<string> alsoNeeded)
    {
        var messages = new Dictionary<string, string>(titles, StringComparer.Ordinal);
        Collect(file, file.Root, string.Empty, messages, titles);
        var missing = MessageKeys.All.Concat(alsoNeeded).Where(key => !messages.ContainsKey(key)).ToList();
        if (missing.Count > 0)
        {
            var line = file.Root.End.Line;
            throw ContentException.At(file.Name, line, $"missing the message{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing.Select(m => $"'{m}'"))}.");
        }

        var names = offices.Offices.Select(o => o.Name).ToList();
        (string, string)[] lists =
        [
            ("officeNames", new Messages(messages).List(names, MessageKeys.JoinAnd)),
            ("officePhones", string.Join(", ", offices.Offices.Select(o => $"{o.Name} {o.Phone}"))),
        ];
        return new Messages(messages.ToDictionary(m => m.Key, m => Messages.Fill(m.Value, lists), StringComparer.Ordinal));
    }

    private static void Collect(YamlFile file, YamlMappingNode map, string prefix, Dictionary<string, string> messages, IReadOnlyDictionary<string, string> titles)
    {
        foreach (var (key, value, keyNode) in file.Entries(map))
        {
            if (prefix.Length == 0 && key == CalendarFile.Key)
            {
                continue;
            }

            var name = prefix + key;
            if (titles.ContainsKey(name))
            {
                throw file.Error(keyNode, $"'{name}' is a button's title, written in dialogs/choices.yaml.");
            }

            if (value is YamlMappingNode nested)
            {
                Collect(file, nested, name + ".", messages, titles);
            }
            else
            {
                messages[name] = file.Text(value, $"the message '{name}'");
            }
        }
    }
}
