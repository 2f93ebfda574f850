using FeminaBot.Conversations.Recognition;

namespace FeminaBot.Conversations.Tests.Recognition;

public class YesNoRecognizerTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("Yes!")]
    [InlineData("yeah")]
    [InlineData("yep")]
    [InlineData("yup")]
    [InlineData("y")]
    [InlineData("sure")]
    [InlineData("ok")]
    [InlineData("okay")]
    [InlineData("YESSS")]
    [InlineData("yse")]
    [InlineData("yeah it is")]
    [InlineData("I do")]
    [InlineData("I think so")]
    [InlineData("of course")]
    [InlineData("it's red, yes")]
    public void Everyday_yes(string answer) => Assert.True(YesNoRecognizer.Recognize(answer));

    [Theory]
    [InlineData("no")]
    [InlineData("No.")]
    [InlineData("nope")]
    [InlineData("nah")]
    [InlineData("n")]
    [InlineData("noooo")]
    [InlineData("not really")]
    [InlineData("not at all")]
    [InlineData("I don't think so")]
    [InlineData("I dont")]
    [InlineData("I do not")]
    [InlineData("I haven't")]
    [InlineData("it's not")]
    [InlineData("I have no fever")]
    [InlineData("of course not")]
    [InlineData("never")]
    public void Everyday_no(string answer) => Assert.False(YesNoRecognizer.Recognize(answer));

    [Theory]
    [InlineData("")]
    [InlineData("maybe")]
    [InlineData("what do you mean")]
    [InlineData("yes and no")]
    [InlineData("no, yes")]
    [InlineData("not sure")]
    [InlineData("I don't know")]
    [InlineData("no idea")]
    [InlineData("I'm not sure, I don't remember")]
    public void Neither_or_both_is_no_answer(string answer) => Assert.Null(YesNoRecognizer.Recognize(answer));
}
