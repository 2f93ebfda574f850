using FeminaBot.Bench.Load;
using FeminaBot.Tests.Hosting;

namespace FeminaBot.Tests.Bench;

/// <summary>The benchmark's load generator, run for a few turns against the program in memory, so it cannot rot unseen.</summary>
public sealed class LoadGeneratorSmokeTests
{
    [Fact]
    public async Task Two_workers_each_play_one_whole_conversation_and_every_turn_is_answered()
    {
        using var bot = new FeminaBotFactory();
        var turns = 2 * ConversationScript.Turns.Length;

        var result = await LoadGenerator.RunAsync(bot.CreateClient(), new Uri(bot.Server.BaseAddress, "api/messages"), 2, long.MaxValue, TimeSpan.FromSeconds(60), maxConversations: 2);

        Assert.Equal(0, result.Errors);
        Assert.Equal(turns, result.Turns);
        Assert.Equal(2, result.Conversations);
        Assert.Equal(turns, result.SortedLatenciesMs.Length);
        Assert.True(result.P50 <= result.P99 && result.P99 <= result.Max);
    }

    [Fact]
    public async Task A_cap_on_turns_stops_after_exactly_that_many_turns_wherever_the_conversations_are()
    {
        using var bot = new FeminaBotFactory();

        var result = await LoadGenerator.RunAsync(bot.CreateClient(), new Uri(bot.Server.BaseAddress, "api/messages"), 3, 15, TimeSpan.FromSeconds(60));

        Assert.Equal(15, result.Turns);
        Assert.Equal(0, result.Errors);
    }

    [Fact]
    public async Task A_target_that_answers_without_activities_counts_as_errors()
    {
        using var bot = new FeminaBotFactory();

        var result = await LoadGenerator.RunAsync(bot.CreateClient(), new Uri(bot.Server.BaseAddress, "healthz"), 1, 3, TimeSpan.FromSeconds(30));

        Assert.Equal(0, result.Turns);
        Assert.Equal(3, result.Errors);
    }
}
