using FeminaBot.Bench.Load;
using FeminaBot.Tests.Hosting;

namespace FeminaBot.Tests.Bench;

/// <summary>The benchmark's load generator, run for a few turns against the program in memory, so it cannot rot unseen.</summary>
public sealed class LoadGeneratorSmokeTests
{
    public static TheoryData<string> Scripts => [.. ConversationScript.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Two_workers_each_play_one_whole_conversation_and_every_turn_is_answered(string name)
    {
        using var bot = new FeminaBotFactory();
        var script = ConversationScript.All.Single(s => s.Name == name);
        var turns = 2 * script.Turns.Length;

        var result = await LoadGenerator.RunAsync(bot.CreateClient(), new Uri(bot.Server.BaseAddress, "api/messages"), script, 2, long.MaxValue, TimeSpan.FromSeconds(60), maxConversations: 2);

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

        var result = await LoadGenerator.RunAsync(bot.CreateClient(), new Uri(bot.Server.BaseAddress, "api/messages"), ConversationScript.ShortAnswers, 3, 15, TimeSpan.FromSeconds(60));

        Assert.Equal(15, result.Turns);
        Assert.Equal(0, result.Errors);
    }

    [Fact]
    public async Task A_target_that_answers_without_activities_counts_as_errors()
    {
        using var bot = new FeminaBotFactory();

        var result = await LoadGenerator.RunAsync(bot.CreateClient(), new Uri(bot.Server.BaseAddress, "healthz"), ConversationScript.ShortAnswers, 1, 3, TimeSpan.FromSeconds(30));

        Assert.Equal(0, result.Turns);
        Assert.Equal(3, result.Errors);
    }

    [Fact]
    public async Task The_conversation_in_parents_words_goes_where_a_parent_would_take_it()
    {
        using var bot = new FeminaBotFactory();
        using var http = bot.CreateClient();
        var script = ConversationScript.Realistic;
        var said = new List<string>();
        for (var turn = 0; turn < script.Turns.Length; turn++)
        {
            using var content = new StringContent(script.Activity("realistic", turn), System.Text.Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(new Uri(bot.Server.BaseAddress, "api/messages"), content);
            said.Add(await response.Content.ReadAsStringAsync());
        }

        // The massage is coached (a lump and fullness, no sign of infection: no emergency ended it), its
        // question in the middle of coaching gets the step again, and the office question is answered.
        Assert.Contains(said, reply => reply.Contains("Step 1", StringComparison.Ordinal));
        Assert.Contains("Step 2", said[^3], StringComparison.Ordinal);
        Assert.Contains("Thursday", said[^1], StringComparison.Ordinal);
        Assert.Contains("Pasadena", said[^1], StringComparison.Ordinal);
        Assert.Contains("Saturday", said[^1], StringComparison.Ordinal);
    }
}
