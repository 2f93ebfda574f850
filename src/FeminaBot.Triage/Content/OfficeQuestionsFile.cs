using FeminaBot.Conversations.Recognition;
using FeminaBot.Triage.Offices;
using YamlDotNet.RepresentationModel;

namespace FeminaBot.Triage.Content;

/// <summary>Reads the <c>questions</c> of dialogs/offices.yaml: the words of a question about the offices.</summary>
internal static class OfficeQuestionsFile
{
    public static OfficeQuestionWords Load(YamlFile file)
    {
        var map = file.Map(file.Required(file.Root, "questions"), "'questions'");
        var hours = file.Map(file.Required(map, "hours"), "'questions.hours'");
        var phone = file.Map(file.Required(map, "phone"), "'questions.phone'");
        var followUp = file.Map(file.Required(map, "followUp"), "'questions.followUp'");
        var length = file.Map(file.Required(map, "lengthOfTime"), "'questions.lengthOfTime'");
        return new OfficeQuestionWords(
            Words(file, map, "office"),
            Words(file, map, "you"),
            Words(file, map, "overview"),
            file.TextList(file.Required(map, "visit"), "'questions.visit'").Select(TextTokens.Split).ToList(),
            new HoursWords(
                Asking(file, map, "hours"),
                Words(file, hours, "weekly", "hours."),
                Words(file, hours, "days", "hours."),
                Words(file, hours, "daysAfter", "hours."),
                Words(file, hours, "openOrClosed", "hours."),
                Words(file, hours, "earliest", "hours."),
                Words(file, hours, "latest", "hours.")),
            Asking(file, map, "address"),
            Asking(file, map, "phone"),
            Words(file, phone, "notWith", "phone."),
            Asking(file, map, "schedule"),
            Words(file, map, "nearest"),
            Words(file, map, "closeTo"),
            Words(file, map, "near"),
            Words(file, map, "now"),
            new WhenWords(
                Words(file, map, "week"),
                Words(file, map, "days"),
                Words(file, map, "weekend"),
                Words(file, map, "weekWords"),
                Words(file, map, "next"),
                Words(file, map, "through"),
                PartsOfDay(file, map),
                Words(file, map, "times")),
            new FollowUpWords(Words(file, followUp, "leads", "followUp."), Words(file, followUp, "pronouns", "followUp.")),
            new LengthOfTimeWords(
                Words(file, length, "hours", "lengthOfTime."),
                Words(file, length, "after", "lengthOfTime."),
                Words(file, length, "before", "lengthOfTime."),
                Words(file, length, "amounts", "lengthOfTime."),
                Words(file, length, "beforeThe", "lengthOfTime.")),
            Spellings(file, map, "spellings", lowerCase: true),
            Spellings(file, map, "capitals", lowerCase: false));
    }

    // "morning: {words: [...], hours: 12:00 AM - 12:00 PM}".
    private static List<(DayPart, IReadOnlySet<string>)> PartsOfDay(YamlFile file, YamlMappingNode questions)
    {
        var parts = new List<(DayPart, IReadOnlySet<string>)>();
        foreach (var (id, value, keyNode) in file.Entries(file.Map(file.Required(questions, "partsOfDay"), "'questions.partsOfDay'")))
        {
            var part = file.Map(value, $"the part of the day '{id}'");
            var hoursNode = file.Required(part, "hours");
            var bounds = file.Text(hoursNode, $"the hours of '{id}'").Split(['-', '–'], StringSplitOptions.TrimEntries);
            if (bounds.Length != 2 || !OfficesFile.TryTime(bounds[0], out var from) || !OfficesFile.TryTime(bounds[1], out var until) || until <= from)
            {
                throw file.Error(hoursNode, $"the hours of the part of the day '{id}' should look like '12:00 PM - 5:00 PM'.");
            }

            parts.Add((new DayPart(id, from, until), file.Words(part, "words", $"'questions.partsOfDay.{id}.words'")));
        }

        return parts.Count > 0 ? parts : throw file.Error(questions, "'questions.partsOfDay' names no part of the day.");
    }

    // Shorthand and misspellings, each of one or more words, read as the words they stand for.
    private static Dictionary<string, string[]> Spellings(YamlFile file, YamlMappingNode questions, string key, bool lowerCase)
    {
        var spellings = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (typed, value, keyNode) in file.Entries(file.Map(file.Required(questions, key), $"'questions.{key}'")))
        {
            if (lowerCase && typed.Any(char.IsUpper) || typed.Split(' ').Length > 3 || typed.Trim() != typed)
            {
                throw file.Error(keyNode, $"'{typed}' in 'questions.{key}' should be one to three words{(lowerCase ? " in lower case" : string.Empty)}.");
            }

            spellings[typed] = file.Text(value, $"the spelling of '{typed}'").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }

        return spellings;
    }

    // A kind of question: its words, and those that ask it alone, which must be among them.
    private static AskingWords Asking(YamlFile file, YamlMappingNode questions, string kind)
    {
        var map = file.Map(file.Required(questions, kind), $"'questions.{kind}'");
        var words = Words(file, map, "words", kind + ".");
        var aloneNode = file.Required(map, "alone");
        var alone = file.Words(aloneNode, $"'questions.{kind}.alone'");
        foreach (var word in alone.Where(w => !words.Contains(w)))
        {
            throw file.Error(aloneNode, $"'{word}' in 'questions.{kind}.alone' should be among the 'words' of '{kind}' too.");
        }

        return new AskingWords(words, alone);
    }

    private static HashSet<string> Words(YamlFile file, YamlMappingNode map, string key, string within = "") =>
        file.Words(map, key, $"'questions.{within}{key}'");
}
