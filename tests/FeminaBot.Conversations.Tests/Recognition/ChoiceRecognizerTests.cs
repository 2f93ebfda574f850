using FeminaBot.Conversations.Dialogs.Choices;

namespace FeminaBot.Conversations.Tests.Recognition;

public class ChoiceRecognizerTests
{
    private static readonly IReadOnlyList<Choice> Sides =
        [new Choice("Left", "left side"), new Choice("Right", "right side"), new Choice("Both", "both sides", "either")];

    [Theory]
    [InlineData("Left", "Left")]
    [InlineData("left", "Left")]
    [InlineData("LEFT!", "Left")]
    [InlineData("the left one", "Left")]
    [InlineData("my right side hurts", "Right")]
    [InlineData("either", "Both")]
    [InlineData("1", "Left")]
    [InlineData("2", "Right")]
    [InlineData("three", "Both")]
    [InlineData("the second one", "Right")]
    [InlineData("first", "Left")]
    [InlineData("lfet", "Left")]
    [InlineData("rihgt", "Right")]
    [InlineData("bothh", "Both")]
    public void Finds_the_choice_by_word_synonym_number_or_typo(string utterance, string expected) =>
        Assert.Equal(expected, ChoiceRecognizer.Recognize(utterance, Sides)?.Value);

    [Theory]
    [InlineData("")]
    [InlineData("purple")]
    [InlineData("4")]
    [InlineData("left and right")]
    [InlineData("1 or 2")]
    public void Finds_nothing_when_nothing_or_two_choices_fit(string utterance) =>
        Assert.Null(ChoiceRecognizer.Recognize(utterance, Sides));

    [Fact]
    public void A_long_message_with_one_number_in_it_is_no_pick_by_number() =>
        Assert.Null(ChoiceRecognizer.Recognize("it started about 2 days ago and it has been getting worse since then, what do I do", Sides));

    [Fact]
    public void The_longest_matching_phrase_wins()
    {
        IReadOnlyList<Choice> choices = [new Choice("Pain"), new Choice("Pain and fever")];

        Assert.Equal("Pain and fever", ChoiceRecognizer.Recognize("I have pain and fever", choices)?.Value);
    }

    [Fact]
    public void The_index_and_score_say_how_it_matched()
    {
        var exact = ChoiceRecognizer.Recognize("Right", Sides)!;
        var typo = ChoiceRecognizer.Recognize("rigth", Sides)!;

        Assert.Equal(1, exact.Index);
        Assert.Equal(1.0, exact.Score);
        Assert.True(typo.Score < exact.Score);
    }
}
