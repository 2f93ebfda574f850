using FeminaBot.Conversations.Schema;
using FeminaBot.DirectLine.Logs;
using Microsoft.Extensions.Time.Testing;

namespace FeminaBot.Tests.DirectLine;

/// <summary>What every Direct Line log keeps: ids from the sequence, watermarks, one start, wake-ups, and conversations kept for a check-in.</summary>
public abstract class DirectLineLogContract
{
    /// <summary>The logs' clock; <see cref="PassAsync"/> moves it.</summary>
    private protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.Zero));

    private protected abstract IDirectLineLog CreateLog();

    /// <summary>Lets <paramref name="time"/> pass for the log and what it keeps.</summary>
    private protected virtual Task PassAsync(TimeSpan time)
    {
        Clock.Advance(time);
        return Task.CompletedTask;
    }

    /// <summary>A second log over the same data, as another instance holds it.</summary>
    private protected virtual IDirectLineLog OpenOther(IDirectLineLog log) => log;

    [SkippableFact]
    public async Task Appended_activities_get_ids_in_sequence_and_the_watermark_counts_them()
    {
        var log = CreateLog();
        var first = await log.AppendAsync("conv", Message("one"), default);
        var second = await log.AppendAsync("conv", Message("two"), default);

        Assert.Equal("conv|0000000", first.Id);
        Assert.Equal("conv|0000001", second.Id);
        var page = await log.AfterAsync("conv", 1, default);
        Assert.Equal(2, page.Watermark);
        Assert.Equal(["two"], page.Activities.Select(a => a.Text));
        Assert.Equal("conv|0000001", page.Activities[0].Id);
    }

    [SkippableFact]
    public async Task Erasing_keeps_the_ids_and_the_watermark_and_nothing_that_was_said()
    {
        var log = CreateLog();
        await log.AppendAsync("conv", Message("I have a fever of 101"), default);
        await log.AppendAsync("conv", Message("Please contact your doctor"), default);

        await log.EraseAsync("conv", default);
        await log.AppendAsync("conv", Message("Done: I deleted what I knew."), default);

        var page = await log.AfterAsync("conv", 0, default);
        Assert.Equal(3, page.Watermark);
        Assert.Equal(["conv|0000000", "conv|0000001", "conv|0000002"], page.Activities.Select(a => a.Id));
        Assert.All(page.Activities.Take(2), a => Assert.Equal((ActivityTypes.Event, ErasedActivity.Name, (string?)null), (a.Type, a.Name, a.Text)));
        Assert.Equal("Done: I deleted what I knew.", page.Activities[2].Text);
    }

    [SkippableFact]
    public async Task A_watermark_past_the_end_or_below_zero_is_read_as_the_nearest_end()
    {
        var log = CreateLog();
        await log.AppendAsync("conv", Message("one"), default);

        Assert.Empty((await log.AfterAsync("conv", 99, default)).Activities);
        Assert.Equal(1, (await log.AfterAsync("conv", 99, default)).Watermark);
        Assert.Single((await log.AfterAsync("conv", -5, default)).Activities);
        Assert.Equal(0, (await log.AfterAsync("never-used", 0, default)).Watermark);
    }

    [SkippableFact]
    public async Task A_conversation_starts_once_whichever_instance_asks()
    {
        var log = CreateLog();
        var other = OpenOther(log);

        Assert.True(await log.TryStartAsync("conv", default));
        Assert.False(await other.TryStartAsync("conv", default));
        Assert.False(await log.TryStartAsync("conv", default));
    }

    [SkippableFact]
    public async Task A_subscriber_wakes_when_any_instance_appends_and_sees_the_activity()
    {
        var log = CreateLog();
        var other = OpenOther(log);
        using var subscription = await log.SubscribeAsync("conv", default);

        await other.AppendAsync("conv", Message("from the other instance"), default);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await subscription.Reader.ReadAsync(timeout.Token);
        Assert.Equal(["from the other instance"], (await log.AfterAsync("conv", 0, default)).Activities.Select(a => a.Text));
    }

    [SkippableFact]
    public async Task A_subscriber_of_one_conversation_is_not_woken_by_another()
    {
        var log = CreateLog();
        using var subscription = await log.SubscribeAsync("mine", default);

        await log.AppendAsync("theirs", Message("not for you"), default);
        await log.AppendAsync("mine", Message("for you"), default);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await subscription.Reader.ReadAsync(timeout.Token);
        Assert.False(subscription.Reader.TryRead(out _));
    }

    [SkippableFact]
    public async Task Activities_keep_their_content_through_the_log()
    {
        var log = CreateLog();
        var activity = Message("Is any part of the breast red?") with
        {
            From = new ChannelAccount("feminabot", "FeminaBot") { Role = RoleTypes.Bot },
            SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("Yes"), CardAction.ImBack("No")] },
            Timestamp = new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.Zero),
        };

        await log.AppendAsync("conv", activity, default);

        var read = Assert.Single((await log.AfterAsync("conv", 0, default)).Activities);
        Assert.Equal(ActivityJson.Serialize(activity with { Id = "conv|0000000" }), ActivityJson.Serialize(read));
    }

    [SkippableFact]
    public async Task A_conversation_kept_for_a_check_in_outlives_a_day_unused_while_another_is_forgotten()
    {
        var log = CreateLog();
        await log.TryStartAsync("kept", default);
        await log.AppendAsync("kept", Message("Okay, I'll check in tomorrow at 6:00 PM."), default);
        await log.AppendAsync("idle", Message("hi"), default);
        await log.KeepUntilAsync("kept", Clock.GetUtcNow() + TimeSpan.FromDays(2), default);

        await PassAsync(TimeSpan.FromHours(36));

        Assert.Equal(0, (await log.AfterAsync("idle", 0, default)).Watermark);
        Assert.Equal(["Okay, I'll check in tomorrow at 6:00 PM."], (await log.AfterAsync("kept", 0, default)).Activities.Select(a => a.Text));
        Assert.False(await log.TryStartAsync("kept", default));
    }

    [SkippableFact]
    public async Task A_kept_conversation_nobody_uses_is_forgotten_once_its_keep_has_passed()
    {
        var log = CreateLog();
        await log.AppendAsync("kept", Message("Okay, I'll check in tomorrow at 6:00 PM."), default);
        await log.KeepUntilAsync("kept", Clock.GetUtcNow() + TimeSpan.FromDays(2), default);

        await PassAsync(TimeSpan.FromHours(49));

        Assert.Equal(0, (await log.AfterAsync("kept", 0, default)).Watermark);
    }

    [SkippableFact]
    public async Task Using_a_kept_conversation_does_not_cut_its_keep_short()
    {
        var log = CreateLog();
        await log.AppendAsync("kept", Message("Okay, I'll check in tomorrow at 6:00 PM."), default);
        await log.KeepUntilAsync("kept", Clock.GetUtcNow() + TimeSpan.FromDays(2), default);
        await PassAsync(TimeSpan.FromHours(1));
        await log.AppendAsync("kept", Message("thank you"), default);

        await PassAsync(TimeSpan.FromHours(40));

        Assert.Equal(2, (await log.AfterAsync("kept", 0, default)).Watermark);
    }

    [SkippableFact]
    public async Task Keeping_a_conversation_for_less_than_its_idle_day_does_not_cut_the_day_short()
    {
        var log = CreateLog();
        await log.AppendAsync("conv", Message("hi"), default);
        await log.KeepUntilAsync("conv", Clock.GetUtcNow() + TimeSpan.FromHours(1), default);

        await PassAsync(TimeSpan.FromHours(20));

        Assert.Equal(1, (await log.AfterAsync("conv", 0, default)).Watermark);
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
