using FeminaBot.Conversations.Recognition;

namespace FeminaBot.Conversations.Tests.Recognition;

public class NumberRecognitionTests
{
    [Theory]
    [InlineData("101.3", 101.3)]
    [InlineData("it was 38.6 this morning", 38.6)]
    [InlineData("one hundred", 100)]
    [InlineData("ninety nine point five", 99.5)]
    public void Reads_one_number_in_digits_or_words(string text, double expected) =>
        Assert.Equal((decimal)expected, Assert.Single(NumberRecognition.Numbers(text)));

    [Theory]
    [InlineData("the third", 3)]
    [InlineData("number 2", 2)]
    [InlineData("2nd", 2)]
    public void A_position_is_read_from_an_ordinal_or_a_number(string text, int expected) =>
        Assert.Equal(expected, NumberRecognition.Position(text));

    [Theory]
    [InlineData("1 or 2")]
    [InlineData("2.5")]
    [InlineData("none")]
    public void No_single_whole_position_is_no_position(string text) => Assert.Null(NumberRecognition.Position(text));

    [Theory]
    [InlineData("don't", new[] { "dont" })]
    [InlineData("Temp: 101.2F, chills!", new[] { "temp", "101.2f", "chills" })]
    [InlineData("  ", new string[0])]
    public void Text_splits_into_lower_case_words(string text, string[] expected) => Assert.Equal(expected, TextTokens.Split(text));
}
