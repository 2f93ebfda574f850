using System.Collections.Concurrent;
using System.Text;
using FeminaBot.FollowUps.Store;

namespace FeminaBot.Tests.FollowUps;

/// <summary>
/// What every check-in store keeps: only due check-ins are taken, each by one instance for its lease,
/// and a conversation's check-in is replaced, completed or cancelled as a whole.
/// </summary>
public abstract class CheckInStoreContract
{
    private protected static readonly DateTimeOffset Evening = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);
    private protected static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private protected abstract ICheckInStore CreateStore();

    /// <summary>A second store over the same check-ins, as another instance holds it.</summary>
    private protected virtual ICheckInStore OpenOther(ICheckInStore store) => store;

    [SkippableFact]
    public async Task Only_check_ins_that_are_due_are_taken_with_their_address()
    {
        var store = CreateStore();
        await store.ScheduleAsync(CheckIn("sms/a", "a1", Evening.AddHours(-1)), default);
        await store.ScheduleAsync(CheckIn("msteams/b", "b1", Evening), default);
        await store.ScheduleAsync(CheckIn("directline/c", "c1", Evening.AddMinutes(1)), default);

        var taken = await store.ClaimAsync(Evening, Lease, 20, default);

        Assert.Equal(["a1", "b1"], taken.Select(c => c.Id));
        Assert.Equal("sms/a", taken[0].Conversation);
        Assert.Equal(Evening.AddHours(-1), taken[0].Due);
        Assert.Equal(Address("sms/a"), taken[0].Address);
    }

    [SkippableFact]
    public async Task When_more_are_due_than_asked_for_the_earliest_are_taken_first()
    {
        var store = CreateStore();
        await store.ScheduleAsync(CheckIn("sms/a", "a1", Evening.AddHours(-3)), default);
        await store.ScheduleAsync(CheckIn("sms/b", "b1", Evening.AddHours(-1)), default);
        await store.ScheduleAsync(CheckIn("sms/c", "c1", Evening.AddHours(-2)), default);

        Assert.Equal(["a1", "c1"], (await store.ClaimAsync(Evening, Lease, 2, default)).Select(c => c.Id));
        Assert.Equal(["b1"], (await store.ClaimAsync(Evening, Lease, 2, default)).Select(c => c.Id));
    }

    [SkippableFact]
    public async Task A_taken_check_in_is_not_taken_again_by_any_instance_before_its_lease_ends()
    {
        var store = CreateStore();
        var other = OpenOther(store);
        await store.ScheduleAsync(CheckIn("sms/a", "a1", Evening), default);

        Assert.Single(await store.ClaimAsync(Evening, Lease, 20, default));

        Assert.Empty(await other.ClaimAsync(Evening.AddMinutes(1), Lease, 20, default));
        Assert.Empty(await store.ClaimAsync(Evening + Lease - TimeSpan.FromMilliseconds(1), Lease, 20, default));
    }

    [SkippableFact]
    public async Task A_check_in_whose_instance_died_holding_it_is_taken_by_another_once_the_lease_ends()
    {
        var store = CreateStore();
        var other = OpenOther(store);
        await store.ScheduleAsync(CheckIn("sms/a", "a1", Evening), default);
        Assert.Single(await store.ClaimAsync(Evening, Lease, 20, default));

        var retaken = await other.ClaimAsync(Evening + Lease, Lease, 20, default);

        Assert.Equal(["a1"], retaken.Select(c => c.Id));
        Assert.Equal(Address("sms/a"), retaken[0].Address);
    }

    [SkippableFact]
    public async Task A_completed_check_in_is_gone()
    {
        var store = CreateStore();
        await store.ScheduleAsync(CheckIn("sms/a", "a1", Evening), default);
        var taken = Assert.Single(await store.ClaimAsync(Evening, Lease, 20, default));

        await store.CompleteAsync(taken, default);

        Assert.Empty(await store.ClaimAsync(Evening.AddDays(2), Lease, 20, default));
    }

    [SkippableFact]
    public async Task Completing_a_check_in_the_conversation_replaced_meanwhile_leaves_the_new_one_pending()
    {
        var store = CreateStore();
        await store.ScheduleAsync(CheckIn("sms/a", "first", Evening), default);
        var taken = Assert.Single(await store.ClaimAsync(Evening, Lease, 20, default));
        await store.ScheduleAsync(CheckIn("sms/a", "second", Evening.AddDays(1)), default);

        await store.CompleteAsync(taken, default);

        Assert.Empty(await store.ClaimAsync(Evening + Lease, Lease, 20, default));
        Assert.Equal(["second"], (await store.ClaimAsync(Evening.AddDays(1), Lease, 20, default)).Select(c => c.Id));
    }

    [SkippableFact]
    public async Task A_cancelled_check_in_is_gone_even_while_an_instance_holds_it_and_others_stay()
    {
        var store = CreateStore();
        await store.ScheduleAsync(CheckIn("sms/a", "a1", Evening), default);
        await store.ScheduleAsync(CheckIn("sms/b", "b1", Evening.AddHours(1)), default);
        var taken = Assert.Single(await store.ClaimAsync(Evening, Lease, 20, default));

        await store.CancelAsync("sms/a", default);
        await store.CompleteAsync(taken, default);

        Assert.Equal(["b1"], (await store.ClaimAsync(Evening.AddDays(1), Lease, 20, default)).Select(c => c.Id));
    }

    [SkippableFact]
    public async Task Cancelling_a_conversation_with_no_check_in_changes_nothing()
    {
        var store = CreateStore();
        await store.ScheduleAsync(CheckIn("sms/b", "b1", Evening), default);

        await store.CancelAsync("sms/never-offered", default);

        Assert.Equal(["b1"], (await store.ClaimAsync(Evening, Lease, 20, default)).Select(c => c.Id));
    }

    [SkippableFact]
    public async Task Scheduling_again_replaces_the_conversations_earlier_check_in()
    {
        var store = CreateStore();
        await store.ScheduleAsync(CheckIn("sms/a", "first", Evening), default);
        await store.ScheduleAsync(CheckIn("sms/a", "second", Evening.AddHours(1)), default);

        Assert.Empty(await store.ClaimAsync(Evening, Lease, 20, default));
        var taken = Assert.Single(await store.ClaimAsync(Evening.AddHours(1), Lease, 20, default));
        Assert.Equal(("second", Evening.AddHours(1)), (taken.Id, taken.Due));
    }

    [SkippableFact]
    public async Task A_check_in_scheduled_again_while_taken_is_free_to_be_taken_at_its_new_time()
    {
        var store = CreateStore();
        await store.ScheduleAsync(CheckIn("sms/a", "first", Evening), default);
        Assert.Single(await store.ClaimAsync(Evening, Lease, 20, default));

        await store.ScheduleAsync(CheckIn("sms/a", "second", Evening.AddMinutes(1)), default);

        Assert.Equal(["second"], (await store.ClaimAsync(Evening.AddMinutes(1), Lease, 20, default)).Select(c => c.Id));
    }

    [SkippableFact]
    public async Task Two_hundred_due_check_ins_claimed_at_once_in_batches_of_twenty_are_each_taken_exactly_once()
    {
        var store = CreateStore();
        var other = OpenOther(store);
        for (var i = 0; i < 200; i++)
        {
            await store.ScheduleAsync(CheckIn($"sms/{i}", $"id-{i}", Evening.AddSeconds(-i)), default);
        }

        var taken = new ConcurrentBag<string>();
        var claimers = Enumerable.Range(0, 16).Select(n => Task.Run(async () =>
        {
            // Ten batches would take them all; a store that gave the same ones again stops here too.
            var mine = n % 2 == 0 ? store : other;
            for (var round = 0; round < 20; round++)
            {
                var batch = await mine.ClaimAsync(Evening, Lease, 20, default);
                if (batch.Count == 0)
                {
                    break;
                }

                foreach (var checkIn in batch)
                {
                    taken.Add(checkIn.Id);
                }
            }
        }));
        await Task.WhenAll(claimers);

        Assert.Equal(200, taken.Count);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"id-{i}").Order(StringComparer.Ordinal), taken.Order(StringComparer.Ordinal));
    }

    private protected static PendingCheckIn CheckIn(string conversation, string id, DateTimeOffset due) => new(conversation, id, due, Address(conversation));

    private protected static byte[] Address(string conversation) => Encoding.UTF8.GetBytes($"the address of {conversation}");
}
