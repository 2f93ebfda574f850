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
        var length = file.Map(file.Required(map, "lengthOfTime"), "'questions.lengthOfTime'");
        return new OfficeQuestionWords(
            Words(file, map, "office"),
            Words(file, map, "overview"),
            Asking(file, map, "hours") with { Weekly = Words(file, hours, "weekly", "hours.") },
            Words(file, hours, "openOrClosed", "hours."),
            Asking(file, map, "address"),
            Asking(file, map, "phone"),
            Words(file, phone, "notWith", "phone."),
            Asking(file, map, "schedule"),
            Words(file, map, "nearest"),
            Words(file, map, "closeTo"),
            Words(file, map, "near"),
            Words(file, map, "now"),
            Words(file, map, "days"),
            Words(file, map, "times"),
            new LengthOfTimeWords(
                Words(file, length, "hours", "lengthOfTime."),
                Words(file, length, "after", "lengthOfTime."),
                Words(file, length, "before", "lengthOfTime."),
                Words(file, length, "amounts", "lengthOfTime."),
                Words(file, length, "beforeThe", "lengthOfTime.")),
            Spellings(file, map),
            Words(file, map, "week"));
    }

    // Shorthand and misspellings of days and offices, each one word, read as the words it stands for.
    private static Dictionary<string, string[]> Spellings(YamlFile file, YamlMappingNode questions)
    {
        var spellings = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (word, value, keyNode) in file.Entries(file.Map(file.Required(questions, "spellings"), "'questions.spellings'")))
        {
            if (word.Contains(' ', StringComparison.Ordinal) || word.Any(char.IsUpper))
            {
                throw file.Error(keyNode, $"'{word}' in 'questions.spellings' should be one word in lower case.");
            }

            spellings[word] = file.Text(value, $"the spelling of '{word}'").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
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
