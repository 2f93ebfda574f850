using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Conversations.Recognition;

namespace FeminaBot.Triage.Content;

/// <summary>
/// Reads dialogs/choices.yaml: every list has its buttons, each with a title, and no word picks two
/// buttons of one list. The titles of the lists the dialogs name as messages are also returned under
/// those message keys, so a title is written once.
/// </summary>
internal static class ChoicesFile
{
    private static readonly string[] Answers = ["yes", "no", "unsure"];
    private static readonly string[] Menu = ["symptoms", "massage", "offices"];
    private static readonly string[] ReadBack = ["yes", "fix"];
    private static readonly string[] Sides = ["left", "right", "both"];
    private static readonly string[] Navigation = ["next", "repeat", "back", "stop"];
    private static readonly string[] CheckInOffer = ["yes", "no"];
    private static readonly string[] CheckIn = ["better", "same", "worse"];

    public static (ChoiceLists Choices, IReadOnlyDictionary<string, string> TitleMessages) Load(YamlFile file)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var choices = new ChoiceLists(
            List(file, "answers", Answers, null, titles),
            List(file, "menu", Menu, "menuChoices", titles),
            List(file, "readBack", ReadBack, "readBackChoices", titles),
            List(file, "sides", Sides, "whichBreastChoices", titles),
            List(file, "navigation", Navigation, "coachChoices", titles),
            List(file, "checkInOffer", CheckInOffer, "checkInOfferChoices", titles),
            List(file, "checkIn", CheckIn, "checkInChoices", titles),
            file.Words(file.Root, "acknowledgements", "'acknowledgements'"),
            file.Words(file.Root, "hurts", "'hurts'"));
        return (choices, titles);
    }

    private static List<Choice> List(YamlFile file, string key, string[] ids, string? messagePrefix, Dictionary<string, string> titles)
    {
        var map = file.Map(file.Required(file.Root, key), $"'{key}'");
        var found = new Dictionary<string, Choice>(StringComparer.Ordinal);
        var picks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, value, keyNode) in file.Entries(map))
        {
            if (!ids.Contains(id))
            {
                throw file.Error(keyNode, $"unknown button '{id}' in '{key}'; the buttons are {string.Join(", ", ids)}.");
            }

            var button = file.Map(value, $"the button '{key}.{id}'");
            var titleNode = file.Required(button, "title");
            var title = file.Text(titleNode, $"the title of '{key}.{id}'");
            if (title.Length > ChannelCapabilities.MaxActionTitleLength)
            {
                // Longer titles make every channel show a numbered list instead of buttons.
                throw file.Error(titleNode, $"the title of '{key}.{id}' has {title.Length} characters; a button's title has at most {ChannelCapabilities.MaxActionTitleLength}.");
            }

            Picks(file, titleNode, title, key, id, picks);
            var synonyms = new List<string>();
            if (YamlFile.Optional(button, "synonyms") is { } synonymsNode)
            {
                foreach (var item in file.Sequence(synonymsNode, $"the synonyms of '{key}.{id}'").Children)
                {
                    var synonym = file.Text(item, $"a synonym of '{key}.{id}'");
                    Picks(file, item, synonym, key, id, picks);
                    synonyms.Add(synonym);
                }

                if (synonyms.Count == 0)
                {
                    throw file.Error(synonymsNode, $"the synonyms of '{key}.{id}' should not be empty; leave them out instead.");
                }
            }

            found[id] = new Choice(title, [.. synonyms]);
        }

        foreach (var missing in ids.Where(id => !found.ContainsKey(id)))
        {
            throw file.Error(map, $"the button '{missing}' of '{key}' is missing.");
        }

        if (messagePrefix is not null)
        {
            foreach (var id in ids)
            {
                titles[$"{messagePrefix}.{id}"] = found[id].Value;
            }
        }

        return [.. ids.Select(id => found[id])];
    }

    // A word that picks two buttons of one list would pick whichever comes first.
    private static void Picks(YamlFile file, YamlDotNet.RepresentationModel.YamlNode node, string text, string key, string id, Dictionary<string, string> picks)
    {
        var words = string.Join(' ', TextTokens.Split(text));
        if (picks.TryGetValue(words, out var other) && other != id)
        {
            throw file.Error(node, $"'{text}' picks both '{other}' and '{id}' in '{key}'.");
        }

        picks[words] = id;
    }
}
