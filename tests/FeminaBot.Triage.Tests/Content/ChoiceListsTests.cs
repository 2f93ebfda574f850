using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Findings;

namespace FeminaBot.Triage.Tests.Content;

/// <summary>The buttons and the words that pick them are dialogs/choices.yaml, checked at start.</summary>
public sealed class ChoiceListsTests : IDisposable
{
    private readonly DialogsCopy _dialogs = new();

    private static string[][] Shown(IReadOnlyList<Choice> choices) =>
        [.. choices.Select(c => (string[])[c.Value, .. c.Synonyms ?? []])];

    [Fact]
    public void The_buttons_are_those_the_bot_shows()
    {
        var choices = Clinic.Content.Choices;

        Assert.Equal([["Yes"], ["No"], ["Not sure", "unsure", "dont know"]], Shown(choices.Answers));
        Assert.Equal([["Check my symptoms"], ["Massage steps"], ["Offices and hours"]], Shown(choices.Menu));
        Assert.Equal(
            [
                ["Yes, that's right", "yes", "yep", "yeah", "correct", "right", "thats right", "that is right", "sounds right", "ok", "okay"],
                ["No, let me fix it", "no", "wrong", "not right", "fix", "change", "nope"],
            ],
            Shown(choices.ReadBack));
        Assert.Equal(
            [
                ["Left", "left one", "left side", "left breast", "left boob"],
                ["Right", "right one", "right side", "right breast", "right boob"],
                ["Both", "both sides", "both breasts", "both of them", "each", "either"],
            ],
            Shown(choices.Sides));
        Assert.Equal(
            [
                ["Next", "done", "ok", "okay", "continue", "ready", "yes", "go on", "finished", "did it", "next step", "got it"],
                ["Repeat", "again", "say again", "repeat that", "one more time", "what"],
                ["Back", "previous", "go back", "last step", "previous step"],
                ["Stop", "quit", "enough", "end", "cancel", "no", "finish", "stop coaching"],
            ],
            Shown(choices.Navigation));
        Assert.Equal(["alright", "cool", "hmm", "k", "kk", "oh", "ok", "okay", "okk", "so", "thanks", "thx", "ty", "um", "umm", "well"], choices.Acknowledgements.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_title_is_written_once_and_found_under_its_message_key_too()
    {
        var content = Clinic.Content;

        Assert.Equal(content.Choices.Menu.Select(c => c.Value), [content.Messages[MessageKeys.MenuSymptoms], content.Messages[MessageKeys.MenuMassage], content.Messages[MessageKeys.MenuOffices]]);
        Assert.Equal(content.Choices.ReadBack.Select(c => c.Value), [content.Messages[MessageKeys.ReadBackYes], content.Messages[MessageKeys.ReadBackFix]]);
        Assert.Equal(content.Choices.Sides.Select(c => c.Value), [content.Messages[MessageKeys.WhichBreastLeft], content.Messages[MessageKeys.WhichBreastRight], content.Messages[MessageKeys.WhichBreastBoth]]);
        Assert.Equal(
            content.Choices.Navigation.Select(c => c.Value),
            [content.Messages[MessageKeys.CoachNext], content.Messages[MessageKeys.CoachRepeat], content.Messages[MessageKeys.CoachBack], content.Messages[MessageKeys.CoachStop]]);
    }

    [Fact]
    public void A_new_title_is_an_edit_of_choices_yaml()
    {
        _dialogs.Replace("choices.yaml", "title: Next", "title: Next step");
        _dialogs.Replace("choices.yaml", "did it, next step, got it]", "did it, got it]");

        var content = _dialogs.Load();

        Assert.Equal("Next step", content.Choices.Navigation[0].Value);
        Assert.Equal("Next step", content.Messages[MessageKeys.CoachNext]);
    }

    [Fact]
    public void A_title_written_in_messages_yaml_too_names_its_line()
    {
        _dialogs.Replace("messages.yaml", "menu: What would you like to do?\n", "menu: What would you like to do?\nmenuChoices:\n  massage: Massage\n");

        Assert.Equal(
            $"dialogs/messages.yaml, line {_dialogs.LineOf("messages.yaml", "  massage: Massage")}: 'menuChoices.massage' is a button's title, written in dialogs/choices.yaml.",
            _dialogs.Error());
    }

    [Fact]
    public void A_missing_button_names_its_list()
    {
        _dialogs.Replace("choices.yaml", "  back:\n    title: Back\n    synonyms: [previous, go back, last step, previous step]\n", string.Empty);

        Assert.Equal($"dialogs/choices.yaml, line {_dialogs.LineOf("choices.yaml", "  next:")}: the button 'back' of 'navigation' is missing.", _dialogs.Error());
    }

    [Fact]
    public void A_missing_list_is_named()
    {
        _dialogs.Replace("choices.yaml", "readBack:", "readback:");

        Assert.EndsWith("'readBack' is missing.", _dialogs.Error(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_that_picks_two_buttons_names_its_line()
    {
        _dialogs.Replace("choices.yaml", "[quit, enough, end, cancel,", "[quit, enough, end, cancel, Go on,");

        Assert.Equal(
            $"dialogs/choices.yaml, line {_dialogs.LineOf("choices.yaml", "cancel, Go on")}: 'Go on' picks both 'next' and 'stop' in 'navigation'.",
            _dialogs.Error());
    }

    [Fact]
    public void Empty_synonyms_name_their_line()
    {
        _dialogs.Replace("choices.yaml", "synonyms: [unsure, dont know]", "synonyms: []");

        Assert.Equal(
            $"dialogs/choices.yaml, line {_dialogs.LineOf("choices.yaml", "synonyms: []")}: the synonyms of 'answers.unsure' should not be empty; leave them out instead.",
            _dialogs.Error());
    }

    public void Dispose() => _dialogs.Dispose();
}
