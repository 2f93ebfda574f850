namespace FeminaBot.Tests.Hosting;

/// <summary>A channel that sends a message again (its first answer lost) does not move the triage on twice.</summary>
public sealed class RedeliveryTests
{
    [Fact]
    public async Task A_message_delivered_twice_is_applied_once_and_the_second_delivery_says_nothing()
    {
        using var bot = new FeminaBotFactory();
        var http = bot.CreateClient();
        await EmulatorTurn.SayAsync(http, "c-again", "u1", "m1", "I have a plugged duct");
        Assert.Contains("Is any part of the breast red, pink, or hot to the touch?", await EmulatorTurn.SayAsync(http, "c-again", "u1", "m2", "no"));

        Assert.Empty(await EmulatorTurn.SayAsync(http, "c-again", "u1", "m2", "no"));

        Assert.Equal(
            ["Have you had a fever since this started? If you took your temperature, tell me the reading."],
            await EmulatorTurn.SayAsync(http, "c-again", "u1", "m3", "no"));
    }

    [Fact]
    public async Task The_same_words_under_a_new_id_are_a_new_message()
    {
        using var bot = new FeminaBotFactory();
        var http = bot.CreateClient();
        await EmulatorTurn.SayAsync(http, "c-new", "u1", "m1", "I have a plugged duct");
        await EmulatorTurn.SayAsync(http, "c-new", "u1", "m2", "no");

        Assert.Equal(
            ["Have you had a fever since this started? If you took your temperature, tell me the reading."],
            await EmulatorTurn.SayAsync(http, "c-new", "u1", "m3", "no"));
    }
}
