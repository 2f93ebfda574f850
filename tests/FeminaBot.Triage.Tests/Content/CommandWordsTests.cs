using FeminaBot.Triage.Content;
using FeminaBot.Triage.Recognition;
using FeminaBot.Triage.Understanding;

namespace FeminaBot.Triage.Tests.Content;

/// <summary>The commands' phrases are dialogs/commands.yaml, and the side words dialogs/sides.yaml: an edit there changes what the bot hears; a mistake stops the start with the file and line.</summary>
public sealed class CommandWordsTests : IDisposable
{
    private readonly DialogsCopy _dialogs = new();

    private static MessageReading Read(TriageContent content, string text) =>
        new MessageReader(content).Read(text, new DateTime(2026, 11, 24, 10, 0, 0));

    [Fact]
    public void The_commands_that_may_come_at_any_moment_are_tried_first()
    {
        var phrases = _dialogs.Load().Understanding.Commands.Phrases;

        Assert.Equal(
            [Command.DeleteData, Command.StartOver, Command.Cancel, Command.Help, Command.CheckSymptoms, Command.Massage, Command.Offices, Command.Greeting],
            phrases.Select(p => p.Command).Distinct());
        Assert.Equal(["delete", "my", "data"], phrases[0].Words);
    }

    [Fact]
    public void A_new_phrase_for_a_command_is_an_edit_of_commands_yaml()
    {
        Assert.Equal(Command.None, Read(Clinic.Content, "wipe my chat please").Command);

        _dialogs.Replace("commands.yaml", "deleteData: [delete my data,", "deleteData: [wipe my chat, delete my data,");

        Assert.Equal(Command.DeleteData, Read(_dialogs.Load(), "wipe my chat please").Command);
    }

    [Fact]
    public void A_phrase_of_two_commands_names_the_line_and_both_commands()
    {
        _dialogs.Replace("commands.yaml", "help: [help,", "help: [Start over!, help,");

        Assert.Equal(
            $"dialogs/commands.yaml, line {_dialogs.LineOf("commands.yaml", "Start over!")}: 'Start over!' is a phrase of both 'startOver' and 'help'; a phrase gives one command only.",
            _dialogs.Error());
    }

    [Fact]
    public void A_command_without_phrases_names_its_line()
    {
        _dialogs.Edit("commands.yaml", text => text[..text.IndexOf("  greeting: [", StringComparison.Ordinal)] + "  greeting: []\n" + text[text.IndexOf("\n# Words that may stand", StringComparison.Ordinal)..]);

        Assert.Equal($"dialogs/commands.yaml, line {_dialogs.LineOf("commands.yaml", "greeting: []")}: the phrases of 'greeting' should not be empty.", _dialogs.Error());
    }

    [Fact]
    public void A_missing_or_misspelled_command_is_named()
    {
        _dialogs.Replace("commands.yaml", "  massage: [", "  massages: [");

        Assert.Equal(
            $"dialogs/commands.yaml, line {_dialogs.LineOf("commands.yaml", "massages:")}: unknown command 'massages'; the commands are deleteData, startOver, cancel, help, checkSymptoms, massage, offices, greeting.",
            _dialogs.Error());
    }

    [Fact]
    public void A_missing_list_names_the_file_and_the_list()
    {
        _dialogs.Replace("commands.yaml", "polite: [", "politeness: [");

        var error = _dialogs.Error();

        Assert.StartsWith("dialogs/commands.yaml, line ", error, StringComparison.Ordinal);
        Assert.EndsWith("'polite' is missing.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_commands_file_must_be_there()
    {
        _dialogs.Delete("commands.yaml");

        Assert.StartsWith("dialogs/commands.yaml: the file is missing", _dialogs.Error(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_shorthand_for_a_side_is_an_edit_of_sides_yaml()
    {
        Assert.Null(Read(Clinic.Content, "my lf breast is sore").Side);

        _dialogs.Replace("sides.yaml", "shorthand: [l, lt, lft]", "shorthand: [l, lt, lft, lf]");

        Assert.Equal("left", Read(_dialogs.Load(), "my lf breast is sore").Side);
    }

    [Fact]
    public void A_side_word_of_two_words_names_its_line()
    {
        _dialogs.Replace("sides.yaml", "both: [both, each]", "both: [both, each, both sides]");

        Assert.Equal($"dialogs/sides.yaml, line {_dialogs.LineOf("sides.yaml", "both sides]")}: 'both sides' in 'both' should be one word.", _dialogs.Error());
    }

    public void Dispose() => _dialogs.Dispose();
}
