using FeminaBot.Conversations.Recognition;
using FeminaBot.Triage.Recognition;

namespace FeminaBot.Triage.Content;

/// <summary>Reads dialogs/commands.yaml: every command has phrases, and no phrase gives two commands.</summary>
internal static class CommandsFile
{
    // The commands a person types, in the order they are tried: those that may come at any moment first.
    private static readonly Command[] Typed =
        [Command.DeleteData, Command.StartOver, Command.Cancel, Command.Help, Command.CheckSymptoms, Command.Massage, Command.Offices, Command.Greeting];

    public static CommandWords Load(YamlFile file)
    {
        var commandsNode = file.Map(file.Required(file.Root, "commands"), "'commands'");
        var phrases = new Dictionary<Command, List<CommandPhrase>>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value, keyNode) in file.Entries(commandsNode))
        {
            var command = Typed.FirstOrDefault(c => NameOf(c) == name);
            if (command == Command.None)
            {
                throw file.Error(keyNode, $"unknown command '{name}'; the commands are {string.Join(", ", Typed.Select(NameOf))}.");
            }

            var list = new List<CommandPhrase>();
            foreach (var item in file.Sequence(value, $"the phrases of '{name}'").Children)
            {
                var text = file.Text(item, $"a phrase of '{name}'");
                var words = TextTokens.Split(text);
                var key = string.Join(' ', words);
                if (words.Count == 0)
                {
                    throw file.Error(item, $"the phrase '{text}' of '{name}' has no words.");
                }

                if (owners.TryGetValue(key, out var owner))
                {
                    throw file.Error(item, owner == name
                        ? $"'{text}' is listed twice in '{name}'."
                        : $"'{text}' is a phrase of both '{owner}' and '{name}'; a phrase gives one command only.");
                }

                owners[key] = name;
                list.Add(new CommandPhrase(command, words));
            }

            phrases[command] = list.Count > 0 ? list : throw file.Error(value, $"the phrases of '{name}' should not be empty.");
        }

        foreach (var missing in Typed.Where(c => !phrases.ContainsKey(c)))
        {
            throw file.Error(commandsNode, $"the command '{NameOf(missing)}' is missing.");
        }

        return new CommandWords(
            [.. Typed.SelectMany(c => phrases[c])],
            file.Words(file.Root, "polite", "'polite'"),
            file.Words(file.Root, "breastTrouble", "'breastTrouble'"));
    }

    // The command's name in the file: DeleteData is deleteData.
    private static string NameOf(Command command)
    {
        var name = command.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
