using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Testing;

namespace FeminaBot.Conversations.Tests.Dialogs;

public class ChoiceFactoryTests
{
    private static readonly IReadOnlyList<Choice> YesNo = Choice.FromValues("Yes", "No");
    private static readonly IReadOnlyList<Choice> Colors = Choice.FromValues("red", "green", "blue");

    [Theory]
    [InlineData(Channels.Webchat)]
    [InlineData(Channels.Directline)]
    [InlineData(Channels.Emulator)]
    public void Web_Chat_Direct_Line_and_the_Emulator_get_suggested_action_buttons(string channel)
    {
        var activity = ChoiceFactory.ForChannel(channel, YesNo, "Do your breasts feel full or engorged?");

        Assert.Equal("Do your breasts feel full or engorged?", activity.Text);
        Assert.Equal(["Yes", "No"], activity.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.All(activity.SuggestedActions.Actions, a =>
        {
            Assert.Equal(ActionTypes.ImBack, a.Type);
            Assert.Equal(a.Title, a.Value!.Value.GetString());
        });
        Assert.Equal(InputHints.ExpectingInput, activity.InputHint);
    }

    [Fact]
    public void Teams_personal_chat_gets_suggested_actions_for_up_to_three_choices()
    {
        var activity = ChoiceFactory.ForChannel(Channels.Msteams, Colors, "Pick one", conversationType: "personal");

        Assert.Equal(["red", "green", "blue"], ActivityText.ChoicesOf(activity));
        Assert.NotNull(activity.SuggestedActions);
    }

    [Fact]
    public void Teams_channels_and_longer_lists_get_a_hero_card_with_buttons()
    {
        var inChannel = ChoiceFactory.ForChannel(Channels.Msteams, YesNo, "Do your breasts feel full or engorged?", conversationType: "channel");
        var four = ChoiceFactory.ForChannel(Channels.Msteams, Choice.FromValues("a", "b", "c", "d"), "Pick one", conversationType: "personal");

        foreach (var activity in new[] { inChannel, four })
        {
            Assert.Null(activity.Text);
            Assert.Null(activity.SuggestedActions);
            var card = Assert.Single(activity.Attachments!);
            Assert.Equal(HeroCard.ContentType, card.ContentType);
            Assert.Equal(InputHints.ExpectingInput, activity.InputHint);
        }

        Assert.Equal("Do your breasts feel full or engorged?", ActivityText.Of(inChannel));
        Assert.Equal(["Yes", "No"], ActivityText.ChoicesOf(inChannel));
    }

    [Theory]
    [InlineData(Channels.Sms)]
    [InlineData(Channels.TwilioSms)]
    [InlineData(Channels.Console)]
    public void Text_only_channels_get_two_choices_inline_with_numbers(string channel)
    {
        var activity = ChoiceFactory.ForChannel(channel, YesNo, "Have you had a fever of 100.4 F or higher?");

        Assert.Equal("Have you had a fever of 100.4 F or higher? (1) Yes or (2) No", activity.Text);
        Assert.Null(activity.SuggestedActions);
        Assert.Null(activity.Attachments);
    }

    [Fact]
    public void Three_choices_inline_use_commas_and_a_final_or()
    {
        Assert.Equal("select from: (1) red, (2) green, or (3) blue", ChoiceFactory.ForChannel(Channels.Sms, Colors, "select from:").Text);
    }

    [Fact]
    public void Four_choices_or_a_long_title_become_a_numbered_list()
    {
        var four = ChoiceFactory.ForChannel(Channels.Sms, Choice.FromValues("red", "green", "blue", "pink"), "select from:");
        var longTitle = ChoiceFactory.ForChannel(Channels.Webchat, Choice.FromValues("A much longer title than fits", "No"), "Q?");

        Assert.Equal("select from:\n\n   1. red\n   2. green\n   3. blue\n   4. pink", four.Text);
        Assert.Equal("Q?\n\n   1. A much longer title than fits\n   2. No", longTitle.Text);
    }

    [Fact]
    public void Numbers_can_be_left_out()
    {
        var options = new ChoiceFactoryOptions { IncludeNumbers = false };

        Assert.Equal("select from: red, green, or blue", ChoiceFactory.Inline(Colors, "select from:", options: options).Text);
        Assert.Equal("select from:\n\n   - red\n   - green\n   - blue", ChoiceFactory.List(Colors, "select from:", options: options).Text);
    }
}
