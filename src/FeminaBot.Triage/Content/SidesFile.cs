namespace FeminaBot.Triage.Content;

/// <summary>Reads dialogs/sides.yaml.</summary>
internal static class SidesFile
{
    public static SideWords Load(YamlFile file) => new(
        Side(file, "left"),
        Side(file, "right"),
        file.Words(file.Root, "both", "'both'"),
        file.Words(file.Root, "breastWords", "'breastWords'"),
        file.Words(file.Root, "notBetween", "'notBetween'"),
        file.Words(file.Root, "after", "'after'"),
        file.Words(file.Root, "notBefore", "'notBefore'"));

    private static SideWord Side(YamlFile file, string side)
    {
        var map = file.Map(file.Required(file.Root, side), $"'{side}'");
        return new SideWord(file.Word(file.Required(map, "word"), $"the word of '{side}'"), file.Words(map, "shorthand", $"the shorthand of '{side}'"));
    }
}
