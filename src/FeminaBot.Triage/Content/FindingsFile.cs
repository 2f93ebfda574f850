using YamlDotNet.RepresentationModel;

namespace FeminaBot.Triage.Content;

/// <summary>Reads dialogs/findings.yaml.</summary>
internal static class FindingsFile
{
    public static (IReadOnlyDictionary<string, FindingDefinition>, EmergencyDefinition) Load(YamlFile file)
    {
        var findingsNode = file.Map(file.Required(file.Root, "findings"), "'findings'");
        var findings = new Dictionary<string, FindingDefinition>(StringComparer.Ordinal);
        foreach (var (id, value, keyNode) in file.Entries(findingsNode))
        {
            if (!FindingIds.All.Contains(id))
            {
                throw file.Error(keyNode, $"unknown finding '{id}'; the findings are {string.Join(", ", FindingIds.All)}.");
            }

            var map = file.Map(value, $"the finding '{id}'");
            var deniedOnly = YamlFile.Optional(map, "no") is { } no ? file.TextList(no, $"the 'no' phrases of '{id}'") : [];
            findings[id] = new FindingDefinition(id, file.Text(map, "name"), file.Text(map, "question"), file.TextList(file.Required(map, "yes"), $"the 'yes' phrases of '{id}'"), deniedOnly);
        }

        foreach (var id in FindingIds.All.Where(id => !findings.ContainsKey(id)))
        {
            throw file.Error(findingsNode, $"the finding '{id}' is missing.");
        }

        var emergency = file.Map(file.Required(file.Root, "emergency"), "'emergency'");
        var signsNode = file.Map(file.Required(emergency, "signs"), "the emergency 'signs'");
        var signs = file.Entries(signsNode).ToDictionary(e => e.Key, e => file.TextList(e.Value, $"the emergency sign '{e.Key}'"), StringComparer.Ordinal);

        // The code names these two: thoughts of harm add 988, and a racing heart may come as a number.
        foreach (var needed in new[] { Understanding.EmergencySigns.Harm, Understanding.EmergencySigns.Chest }.Where(n => !signs.ContainsKey(n)))
        {
            throw file.Error(signsNode, $"the emergency sign '{needed}' is missing.");
        }
        var severe = file.Map(file.Required(emergency, "severeInfection"), "'severeInfection'");
        var harm = file.Map(file.Required(emergency, "harmTogether"), "'harmTogether'");
        return (findings, new EmergencyDefinition(
            file.Text(emergency, "question"),
            signs,
            file.TextList(file.Required(severe, "signs"), "the severe infection 'signs'"),
            file.TextList(file.Required(severe, "with"), "the severe infection 'with' phrases"),
            file.TextList(file.Required(harm, "death"), "the 'harmTogether' death words"),
            file.TextList(file.Required(harm, "with"), "the 'harmTogether' wishing words")));
    }

    /// <summary>The signs told but not asked about, and the baby's signs.</summary>
    public static (TextFinding Discharge, LastingPhrases Lasting, BabyPhrases Baby, IReadOnlyList<string> NotSigns, IReadOnlyList<string> Conditions) LoadTold(YamlFile file)
    {
        var told = file.Map(file.Required(file.Root, "told"), "'told'");
        var discharge = file.Map(file.Required(told, "discharge"), "'told.discharge'");
        var lasting = file.Map(file.Required(told, "lasting"), "'told.lasting'");
        var baby = file.Map(file.Required(file.Root, "baby"), "'baby'");
        return (
            new TextFinding(FindingIds.Discharge, file.Text(discharge, "name"), file.TextList(file.Required(discharge, "yes"), "the 'yes' phrases of 'discharge'")),
            new LastingPhrases(
                file.Text(lasting, "name"),
                file.TextList(file.Required(lasting, "recurring"), "'lasting.recurring'"),
                file.TextList(file.Required(lasting, "notBetter"), "'lasting.notBetter'")),
            new BabyPhrases(file.TextList(file.Required(baby, "emergency"), "'baby.emergency'"), file.TextList(file.Required(baby, "ill"), "'baby.ill'")),
            file.TextList(file.Required(file.Root, "notSigns"), "'notSigns'"),
            file.TextList(file.Required(file.Root, "conditions"), "'conditions'"));
    }
}
