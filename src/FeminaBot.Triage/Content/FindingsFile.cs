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
            findings[id] = new FindingDefinition(id, file.Text(map, "name"), file.Text(map, "question"), file.TextList(file.Required(map, "yes"), $"the 'yes' phrases of '{id}'"));
        }

        foreach (var id in FindingIds.All.Where(id => !findings.ContainsKey(id)))
        {
            throw file.Error(findingsNode, $"the finding '{id}' is missing.");
        }

        var emergency = file.Map(file.Required(file.Root, "emergency"), "'emergency'");
        var signsNode = file.Map(file.Required(emergency, "signs"), "the emergency 'signs'");
        var signs = file.Entries(signsNode).ToDictionary(e => e.Key, e => file.TextList(e.Value, $"the emergency sign '{e.Key}'"), StringComparer.Ordinal);
        var severe = file.Map(file.Required(emergency, "severeInfection"), "'severeInfection'");
        return (findings, new EmergencyDefinition(
            file.Text(emergency, "question"),
            signs,
            file.TextList(file.Required(severe, "signs"), "the severe infection 'signs'"),
            file.TextList(file.Required(severe, "with"), "the severe infection 'with' phrases")));
    }
}
