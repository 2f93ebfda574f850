namespace FeminaBot.Triage.Content;

/// <summary>Reads dialogs/tbml.yaml.</summary>
internal static class TbmlFile
{
    public static TbmlContent Load(YamlFile file)
    {
        var steps = file.Sequence(file.Required(file.Root, "steps"), "'steps'").Children
            .Select(node => file.Map(node, "a step"))
            .Select(map => new TbmlStep(file.Text(map, "title"), file.Text(map, "text")))
            .ToList();
        if (steps.Count == 0)
        {
            throw file.Error(file.Required(file.Root, "steps"), "there are no steps.");
        }

        var tips = file.Map(file.Required(file.Root, "tips"), "'tips'");
        return new TbmlContent(steps, file.Text(tips, "title"), file.TextList(file.Required(tips, "items"), "the tips"), file.Text(file.Root, "whenToCall"));
    }
}
