using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Tests.Content;

/// <summary>A mistake in dialogs/ stops the start with the file and line to fix.</summary>
public sealed class ContentValidationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-dialogs-").FullName;

    public ContentValidationTests()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "dialogs"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(_directory, Path.GetFileName(file)));
        }
    }

    [Fact]
    public void The_real_files_load()
    {
        var content = TriageContent.Load(_directory);

        Assert.Equal(FindingIds.All.Order(), content.Findings.Keys.Order());
        Assert.Equal(3, content.Offices.Offices.Count);
        Assert.Equal(4, content.Tbml.Steps.Count);
        Assert.All(MessageKeys.All, key => Assert.True(content.Messages.Has(key), key));
    }

    [Fact]
    public void A_missing_message_names_the_file_and_the_message()
    {
        Edit("messages.yaml", text => text.Replace("cancelled: Okay, I've stopped.", "cancelld: Okay, I've stopped.", StringComparison.Ordinal));

        var error = Assert.Throws<ContentException>(() => TriageContent.Load(_directory));

        Assert.StartsWith("dialogs/messages.yaml, line ", error.Message, StringComparison.Ordinal);
        Assert.Contains("'cancelled'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_sign_in_a_rule_names_the_file_and_its_line()
    {
        Edit("routing.yaml", text => text.Replace("anyOf: [redness, fever, chills, bodyAches, discharge, lasting]", "anyOf: [rednes, fever, chills, bodyAches, discharge, lasting]", StringComparison.Ordinal));

        var error = Assert.Throws<ContentException>(() => TriageContent.Load(_directory));

        Assert.Equal($"dialogs/routing.yaml, line {LineOf("routing.yaml", "rednes")}: unknown finding 'rednes' in the provider route.", error.Message);
    }

    [Fact]
    public void An_office_without_hours_names_the_file_and_the_office()
    {
        Edit("offices.yaml", text =>
        {
            var start = text.IndexOf("    hours:\n      monday: 7:00 AM - 6:00 PM", StringComparison.Ordinal);
            var end = text.IndexOf("  - name: Sherman Oaks", StringComparison.Ordinal);
            return text[..start] + text[end..];
        });

        var error = Assert.Throws<ContentException>(() => TriageContent.Load(_directory));

        Assert.Equal($"dialogs/offices.yaml, line {LineOf("offices.yaml", "- name: Pasadena")}: the office 'Pasadena' has no hours.", error.Message);
    }

    [Fact]
    public void Hours_that_cannot_be_read_name_the_line()
    {
        Edit("offices.yaml", text => text.Replace("thursday: 8:00 AM - 6:00 PM", "thursday: eight till six", StringComparison.Ordinal));

        var error = Assert.Throws<ContentException>(() => TriageContent.Load(_directory));

        Assert.StartsWith($"dialogs/offices.yaml, line {LineOf("offices.yaml", "eight till six")}:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_YAML_names_the_line()
    {
        Edit("tbml.yaml", text => text.Replace("steps:", "steps: [", StringComparison.Ordinal));

        var error = Assert.Throws<ContentException>(() => TriageContent.Load(_directory));

        Assert.StartsWith("dialogs/tbml.yaml, line ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_route_order_cannot_be_changed_in_the_files()
    {
        Edit("routing.yaml", text => text.Replace("  - route: emergency\n    when: any emergency sign\n", string.Empty, StringComparison.Ordinal));

        var error = Assert.Throws<ContentException>(() => TriageContent.Load(_directory));

        Assert.Contains("emergency, provider, tbml and clinic, in that order", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        File.Delete(Path.Combine(_directory, "findings.yaml"));

        var error = Assert.Throws<ContentException>(() => TriageContent.Load(_directory));

        Assert.StartsWith("dialogs/findings.yaml: the file is missing", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private void Edit(string file, Func<string, string> change)
    {
        var path = Path.Combine(_directory, file);
        var before = File.ReadAllText(path);
        var after = change(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(path, after);
    }

    private int LineOf(string file, string text) =>
        File.ReadAllLines(Path.Combine(_directory, file)).Select((line, i) => (line, i)).First(x => x.line.Contains(text, StringComparison.Ordinal)).i + 1;
}
