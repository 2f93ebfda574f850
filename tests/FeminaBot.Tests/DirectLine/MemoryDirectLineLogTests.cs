using FeminaBot.Conversations.Schema;
using FeminaBot.DirectLine.Logs;
using Microsoft.Extensions.Time.Testing;

namespace FeminaBot.Tests.DirectLine;

public sealed class MemoryDirectLineLogTests : DirectLineLogContract
{
    private protected override IDirectLineLog CreateLog() => new MemoryDirectLineLog(TimeProvider.System);

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
}
