using FeminaBot.Conversations.Schema;
using FeminaBot.DirectLine.Logs;
using Microsoft.Extensions.Time.Testing;

namespace FeminaBot.Tests.DirectLine;

public sealed class MemoryDirectLineLogTests : DirectLineLogContract
{
    private protected override IDirectLineLog CreateLog() => new MemoryDirectLineLog(Clock);

    [Fact]
    public async Task A_conversation_unused_for_a_day_is_forgotten_and_a_used_one_is_kept()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.Zero));
        var log = new MemoryDirectLineLog(clock);
        await log.AppendAsync("old", new Activity { Type = "message", Text = "hi" }, default);
        await log.AfterAsync("busy", 0, default);

        clock.Advance(TimeSpan.FromHours(20));
        await log.AfterAsync("busy", 0, default);
        clock.Advance(TimeSpan.FromHours(5));
        await log.AfterAsync("new", 0, default);

        Assert.Equal(2, log.Count);
        Assert.Empty((await log.AfterAsync("old", 0, default)).Activities);
    }

    [Fact]
    public async Task A_conversation_kept_for_a_check_in_does_not_hold_back_forgetting_the_idle_ones_around_it()
    {
        var log = new MemoryDirectLineLog(Clock);
        await log.AppendAsync("a", Message("in a"), default);
        await log.AppendAsync("kept", Message("in kept"), default);
        await log.KeepUntilAsync("kept", Clock.GetUtcNow() + TimeSpan.FromDays(3), default);
        await log.AppendAsync("b", Message("in b"), default);

        Clock.Advance(TimeSpan.FromHours(30));
        await log.AfterAsync("new", 0, default);

        Assert.Equal(2, log.Count);
        Clock.Advance(TimeSpan.FromHours(20));
        Assert.Equal(["in kept"], (await log.AfterAsync("kept", 0, default)).Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task Beyond_the_most_conversations_the_least_recently_used_is_forgotten()
    {
        var log = new MemoryDirectLineLog(TimeProvider.System, maxConversations: 3);
        await log.AppendAsync("a", Message("in a"), default);
        await log.AppendAsync("b", Message("in b"), default);
        await log.AppendAsync("c", Message("in c"), default);
        await log.AfterAsync("a", 0, default);

        await log.AppendAsync("d", Message("in d"), default);

        Assert.Equal(3, log.Count);
        Assert.Equal(["in a"], (await log.AfterAsync("a", 0, default)).Activities.Select(a => a.Text));
        Assert.Equal(["in c"], (await log.AfterAsync("c", 0, default)).Activities.Select(a => a.Text));
        Assert.Equal(["in d"], (await log.AfterAsync("d", 0, default)).Activities.Select(a => a.Text));
        Assert.Equal(0, (await log.AfterAsync("b", 0, default)).Watermark);
    }

    [Fact]
    public async Task A_long_conversation_keeps_its_newest_activities_and_their_ids_and_watermarks()
    {
        var log = new MemoryDirectLineLog(TimeProvider.System, maxActivitiesPerConversation: 3);
        for (var i = 0; i < 5; i++)
        {
            await log.AppendAsync("conv", Message($"message {i}"), default);
        }

        var all = await log.AfterAsync("conv", 0, default);
        Assert.Equal(5, all.Watermark);
        Assert.Equal(["conv|0000002", "conv|0000003", "conv|0000004"], all.Activities.Select(a => a.Id));
        Assert.Equal(["message 3", "message 4"], (await log.AfterAsync("conv", 3, default)).Activities.Select(a => a.Text));
        Assert.Equal("conv|0000005", (await log.AppendAsync("conv", Message("message 5"), default)).Id);
        Assert.Equal(["message 5"], (await log.AfterAsync("conv", 5, default)).Activities.Select(a => a.Text));
    }

    [Fact]
    public async Task Erasing_a_trimmed_conversation_erases_what_is_kept_and_keeps_the_ids()
    {
        var log = new MemoryDirectLineLog(TimeProvider.System, maxActivitiesPerConversation: 2);
        for (var i = 0; i < 4; i++)
        {
            await log.AppendAsync("conv", Message($"fever {i}"), default);
        }

        await log.EraseAsync("conv", default);

        var page = await log.AfterAsync("conv", 0, default);
        Assert.Equal(["conv|0000002", "conv|0000003"], page.Activities.Select(a => a.Id));
        Assert.All(page.Activities, a => Assert.Equal(ErasedActivity.Name, a.Name));
    }

    private static Activity Message(string text) => new() { Type = "message", Text = text };
}
