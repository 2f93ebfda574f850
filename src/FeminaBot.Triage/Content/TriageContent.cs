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
    UnderstandingContent Understanding)
{
    /// <summary>Loads and checks the content files in <paramref name="directory"/>; throws <see cref="ContentException"/> naming the file and line of the first problem.</summary>
    public static TriageContent Load(string directory)
    {
        var findingsFile = YamlFile.Load(directory, "findings.yaml");
        var (findings, emergency) = FindingsFile.Load(findingsFile);
        var (discharge, lasting, baby, notSigns, conditions) = FindingsFile.LoadTold(findingsFile);
        var officesFile = YamlFile.Load(directory, "offices.yaml");
        var offices = OfficesFile.Load(officesFile);
        var understanding = new UnderstandingContent(
            ContextFile.Load(YamlFile.Load(directory, "context.yaml")),
            WordsFile.Load(YamlFile.Load(directory, "words.yaml"), YamlFile.Load(directory, "realwords.yaml")),
            discharge,
            lasting,
            baby,
            notSigns,
            conditions,
            CommandsFile.Load(YamlFile.Load(directory, "commands.yaml")),
            SidesFile.Load(YamlFile.Load(directory, "sides.yaml")),
            OfficeQuestionsFile.Load(officesFile));
        var routing = RoutingFile.Load(YamlFile.Load(directory, "routing.yaml"), findings.Keys);
        var (choices, titles) = ChoicesFile.Load(YamlFile.Load(directory, "choices.yaml"));
        var parts = understanding.OfficeQuestions.When.PartsOfDay.Select(p => MessageKeys.OfficePart(p.Part.Id));
        var messages = MessagesFile.Load(YamlFile.Load(directory, "messages.yaml"), titles, offices, parts);
        var tbml = TbmlFile.Load(YamlFile.Load(directory, "tbml.yaml"));
        return new TriageContent(findings, emergency, routing, messages, choices, tbml, offices, understanding);
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
