using FeminaBot.Triage.Offices;

namespace FeminaBot.Triage.Content;

/// <summary>Everything under dialogs/, loaded and checked: findings, the safety check, routing, messages, buttons, massage steps and offices.</summary>
public sealed record TriageContent(
    IReadOnlyDictionary<string, FindingDefinition> Findings,
    EmergencyDefinition Emergency,
    RoutingRules Routing,
    Messages Messages,
    ChoiceLists Choices,
    TbmlContent Tbml,
    OfficeDirectory Offices,
    UnderstandingContent Understanding,
    Calendar Calendar,
    string Language = "en")
{
    /// <summary>Loads and checks the English content files in <paramref name="directory"/>; throws <see cref="ContentException"/> naming the file and line of the first problem.</summary>
    public static TriageContent Load(string directory) => Load(directory, null, "en", english: null);

    /// <summary>
    /// Loads one language's files from <paramref name="directory"/>; <paramref name="folder"/> names the
    /// language's folder in errors. The routing and the offices' names, addresses and hours are
    /// <paramref name="english"/>'s, read once; with none, they are read from <paramref name="directory"/>.
    /// </summary>
    internal static TriageContent Load(string directory, string? folder, string language, TriageContent? english)
    {
        YamlFile File(string name) => YamlFile.Load(directory, name, folder);
        var findingsFile = File("findings.yaml");
        var (findings, emergency) = FindingsFile.Load(findingsFile);
        var (discharge, lasting, baby, notSigns, conditions) = FindingsFile.LoadTold(findingsFile);
        var offices = english?.Offices ?? OfficesFile.Load(YamlFile.Load(directory, "offices.yaml"));
        var understanding = new UnderstandingContent(
            ContextFile.Load(File("context.yaml")),
            WordsFile.Load(File("words.yaml"), File("realwords.yaml")),
            discharge,
            lasting,
            baby,
            notSigns,
            conditions,
            CommandsFile.Load(File("commands.yaml")),
            SidesFile.Load(File("sides.yaml")),
            OfficeQuestionsFile.Load(File("offices.yaml")));
        var routing = english?.Routing ?? RoutingFile.Load(YamlFile.Load(directory, "routing.yaml"), findings.Keys);
        var (choices, titles) = ChoicesFile.Load(File("choices.yaml"));
        var parts = understanding.OfficeQuestions.When.PartsOfDay.Select(p => MessageKeys.OfficePart(p.Part.Id));
        var messagesFile = File("messages.yaml");
        var messages = MessagesFile.Load(messagesFile, titles, offices, parts);
        var tbml = TbmlFile.Load(File("tbml.yaml"));
        return new TriageContent(findings, emergency, routing, messages, choices, tbml, offices, understanding, CalendarFile.Load(messagesFile), language);
    }

    /// <summary>A sign's name in sentences, for asked and told signs alike.</summary>
    public string SignName(string id) => id switch
    {
        FindingIds.Discharge => Understanding.Discharge.Name,
        FindingIds.Lasting => Understanding.Lasting.Name,
        _ => Findings[id].Name,
    };

    /// <summary>
    /// The dialogs/ folder: the <c>FEMINABOT_DIALOGS</c> environment variable, else the copy next to
    /// the program, else the nearest dialogs/ folder above the working directory.
    /// </summary>
    public static string FindDirectory()
    {
        if (Environment.GetEnvironmentVariable("FEMINABOT_DIALOGS") is { Length: > 0 } configured)
        {
            return configured;
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "dialogs");
        if (Directory.Exists(beside))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "dialogs");
            if (File.Exists(Path.Combine(candidate, "findings.yaml")))
            {
                return candidate;
            }
        }

        throw new ContentException("The dialogs/ folder was not found; set FEMINABOT_DIALOGS to its path.");
    }
}
