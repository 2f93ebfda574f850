using YamlDotNet.RepresentationModel;

namespace FeminaBot.Triage.Content;

/// <summary>Reads dialogs/words.yaml.</summary>
internal static class WordsFile
{
    public static WordRules Load(YamlFile file, YamlFile realWords)
    {
        var spellings = file.Entries(file.Map(file.Required(file.Root, "spellings"), "'spellings'"))
            .ToDictionary(e => e.Key, e => file.Text(e.Value, $"the spelling of '{e.Key}'"), StringComparer.Ordinal);
        var numbers = file.Map(file.Required(file.Root, "numbers"), "'numbers'");
        var temperature = file.Map(file.Required(file.Root, "temperature"), "'temperature'");
        var duration = file.Map(file.Required(file.Root, "duration"), "'duration'");
        var heartRate = file.Map(file.Required(file.Root, "heartRate"), "'heartRate'");
        return new WordRules(
            spellings,
            [.. file.TextList(file.Required(file.Root, "realWords"), "'realWords'"), .. realWords.TextList(realWords.Required(realWords.Root, "realWords"), "'realWords'")],
            new NumberWords(
                Values(file, file.Required(numbers, "units"), "the number units"),
                Values(file, file.Required(numbers, "tens"), "the tens"),
                Set(file, numbers, "hundred"),
                Set(file, numbers, "point"),
                Set(file, numbers, "half")),
            new TemperatureWords(
                file.TextList(file.Required(temperature, "words"), "the temperature words"),
                Set(file, temperature, "fahrenheit"),
                Set(file, temperature, "celsius"),
                Set(file, temperature, "sites"),
                Set(file, temperature, "notAfter")),
            new DurationWords(
                Values(file, file.Required(duration, "units"), "the duration units"),
                Values(file, file.Required(duration, "phrases"), "the duration phrases"),
                file.TextList(file.Required(duration, "notAfter"), "the duration's 'notAfter'"),
                Set(file, duration, "notBefore")),
            new HeartRateWords(file.TextList(file.Required(heartRate, "words"), "the heart rate words"), file.Number(file.Required(heartRate, "racingFrom"), "'heartRate.racingFrom'")));
    }

    private static Dictionary<string, double> Values(YamlFile file, YamlNode node, string what) =>
        file.Entries(file.Map(node, what)).ToDictionary(e => e.Key, e => file.Number(e.Value, $"'{e.Key}' in {what}"), StringComparer.Ordinal);

    private static HashSet<string> Set(YamlFile file, YamlMappingNode map, string key) =>
        file.TextList(file.Required(map, key), $"'{key}'").ToHashSet(StringComparer.Ordinal);
}
