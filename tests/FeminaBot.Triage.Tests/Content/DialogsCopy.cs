using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Tests.Content;

/// <summary>A copy of the real dialogs/ in a temporary folder, to edit one file and load the rest as they are.</summary>
internal sealed class DialogsCopy : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-dialogs-").FullName;

    public DialogsCopy()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "dialogs"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(_directory, Path.GetFileName(file)));
        }
    }

    public TriageContent Load() => TriageContent.Load(_directory);

    /// <summary>The error loading gives, which must start with the file and line.</summary>
    public string Error() => Assert.Throws<ContentException>(Load).Message;

    public void Replace(string file, string text, string with) =>
        Edit(file, content => content.Replace(text, with, StringComparison.Ordinal));

    public void Edit(string file, Func<string, string> change)
    {
        var path = Path.Combine(_directory, file);
        var before = File.ReadAllText(path);
        var after = change(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(path, after);
    }

    public void Delete(string file) => File.Delete(Path.Combine(_directory, file));

    /// <summary>The number of the first line of the file holding the text.</summary>
    public int LineOf(string file, string text) =>
        File.ReadAllLines(Path.Combine(_directory, file)).Select((line, i) => (line, i)).First(x => x.line.Contains(text, StringComparison.Ordinal)).i + 1;

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
