using FeminaBot.Tests.Hosting;
using FeminaBot.Tests.Twilio;

namespace FeminaBot.Tests.FollowUps;

/// <summary>
/// No check-in between FollowUp:QuietFrom and FollowUp:QuietUntil (8 PM to 8 AM in Los Angeles by
/// default): the program's own clock is a fake the test moves, and the check-in goes by text.
/// </summary>
public sealed class QuietHoursCheckInTests : IAsyncLifetime, IDisposable
{
    private readonly FeminaBotFactory _factory = new();
    private FakeTwilio _twilio = null!;

    public async Task InitializeAsync()
    {
        _twilio = await FakeTwilio.StartForAsync(_factory);
        _factory.Settings["FollowUp:PollInterval"] = "00:00:00.100";
    }

    [Fact]
    public async Task A_check_in_that_would_come_at_night_is_moved_to_the_morning_when_agreed()
    {
        // Agreed at 10 AM with a ten-hour delay: 8 PM is quiet, so it is set for 8 AM the next day.
        _factory.Settings["FollowUp:Delay"] = "10:00:00";
        var offer = await AgreeAsync();
        Assert.StartsWith("Would you like one text from us tomorrow at 8:00 AM", offer, StringComparison.Ordinal);

        await AdvanceAsync(TimeSpan.FromHours(10.25));
        Assert.Empty(_twilio.Messages);
        await AdvanceAsync(TimeSpan.FromHours(11.5));
        Assert.Empty(_twilio.Messages);
        await AdvanceAsync(TimeSpan.FromMinutes(30));

        Assert.StartsWith("Hi, it's FeminaBot, checking in as promised.", (await _twilio.OneMessageAsync()).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_in_still_waiting_when_quiet_hours_begin_waits_for_the_morning()
    {
        // Due at 7:30 PM, but no instance looked for it until 9 PM (the program was down, say).
        _factory.Settings["FollowUp:Delay"] = "09:30:00";
        await AgreeAsync();

        await AdvanceAsync(TimeSpan.FromHours(11));
        Assert.Empty(_twilio.Messages);
        await AdvanceAsync(TimeSpan.FromHours(10.5));
        Assert.Empty(_twilio.Messages);
        await AdvanceAsync(TimeSpan.FromHours(1));

        Assert.Single(_twilio.Messages);
    }

    [Fact]
    public async Task Equal_quiet_times_turn_quiet_hours_off()
    {
        _factory.Settings["FollowUp:Delay"] = "12:00:00";
        _factory.Settings["FollowUp:QuietFrom"] = "00:00";
        _factory.Settings["FollowUp:QuietUntil"] = "00:00";
        var offer = await AgreeAsync();
        Assert.StartsWith("Would you like one text from us today at 10:00 PM", offer, StringComparison.Ordinal);

        await AdvanceAsync(TimeSpan.FromHours(12.5));

        Assert.StartsWith("Hi, it's FeminaBot, checking in as promised.", (await _twilio.OneMessageAsync()).Body, StringComparison.Ordinal);
    }

    public async Task DisposeAsync() => await _twilio.DisposeAsync();

    public void Dispose() => _factory.Dispose();

    // The clinic's route at 10 AM and a yes to the offer; returns the offer.
    private async Task<string> AgreeAsync()
    {
        var phone = new SmsPhone(_factory, "+13105550155");
        await phone.TextAsync("my breast hurts when I nurse but no redness, fever, chills or body aches, not full, no lump and no white spot");
        var offer = (await phone.TextAsync("no")).Replies[^1];
        await phone.TextAsync("yes");
        return offer;
    }

    // Moves the program's clock and lets its poll run.
    private async Task AdvanceAsync(TimeSpan by)
    {
        _factory.Clock.Advance(by);
        await Task.Delay(400);
    }
}
