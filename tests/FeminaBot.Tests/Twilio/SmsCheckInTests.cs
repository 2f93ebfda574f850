using FeminaBot.Tests.Hosting;
using FeminaBot.Twilio;

namespace FeminaBot.Tests.Twilio;

/// <summary>
/// A check-in by text: offered only with REST credentials, named in the consent with STOP, sent a day
/// later through the Messages API (a fake of it on a real port), and cancelled by STOP.
/// </summary>
public sealed class SmsCheckInTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const string Parent = "+13105550166";
    private readonly FeminaBotFactory _factory = new();
    private FakeTwilio _twilio = null!;

    public async Task InitializeAsync()
    {
        _twilio = await FakeTwilio.StartForAsync(_factory);
        _factory.Settings["FollowUp:PollInterval"] = "00:00:00.100";
    }

    [Fact]
    public async Task A_yes_by_text_brings_one_text_the_next_day_and_the_answer_is_read()
    {
        var phone = new SmsPhone(_factory, Parent);
        var transcript = new List<string>();
        var offer = await ToTheClinicRouteAsync(phone, transcript);
        Assert.Equal(
            "Would you like one text from us tomorrow at 10:00 AM, asking how you're doing? Reply STOP at any time to end our texts. (1) Yes, check in or (2) No, thanks",
            offer);

        var consent = await phone.TextAsync("1");
        Assert.Equal("Okay, I'll text you tomorrow at 10:00 AM. If you are in danger before then, call 911.", Assert.Single(consent.Replies));

        _factory.Clock.Advance(TimeSpan.FromHours(25));
        var checkIn = await _twilio.OneMessageAsync();
        Assert.Equal((Parent, SmsPhone.ClinicNumber), (checkIn.To, checkIn.From));
        Assert.Equal("Hi, it's FeminaBot, checking in as promised. How is your breast pain now? (1) Better, (2) The same, or (3) Worse", checkIn.Body);

        var answer = await phone.TextAsync("2");
        Assert.StartsWith("Please contact your doctor, midwife or OB today.", answer.Replies[0], StringComparison.Ordinal);
        Assert.Single(_twilio.Messages);
        transcript.Add("parent: 1");
        transcript.AddRange(consent.Replies.Select(r => "FeminaBot: " + r));
        transcript.Add("(the next day, by the Messages API)");
        transcript.Add("FeminaBot: " + checkIn.Body);
        transcript.Add("parent: 2");
        transcript.AddRange(answer.Replies.Select(r => "FeminaBot: " + r));
        output.WriteLine(string.Join('\n', transcript));
    }

    [Fact]
    public async Task STOP_cancels_the_check_in()
    {
        var phone = new SmsPhone(_factory, Parent);
        await ToTheClinicRouteAsync(phone);
        await phone.TextAsync("yes");
        Assert.Empty((await phone.TextAsync("STOP")).Replies);

        _factory.Clock.Advance(TimeSpan.FromHours(25));
        await Task.Delay(500);
        _factory.Clock.Advance(TimeSpan.FromHours(1));
        await Task.Delay(500);

        Assert.Empty(_twilio.Messages);
    }

    [Fact]
    public async Task Without_REST_credentials_no_check_in_is_offered_by_text()
    {
        _factory.Settings["Twilio:AccountSid"] = string.Empty;
        var phone = new SmsPhone(_factory, Parent);
        var (_, replies) = await phone.TextAsync("my breast hurts when I nurse but no redness, fever, chills or body aches, not full, no lump and no white spot");
        Assert.NotEmpty(replies);
        var route = await phone.TextAsync("no");

        Assert.StartsWith("A physical therapist can evaluate breast pain like yours.", route.Replies[0], StringComparison.Ordinal);
        Assert.DoesNotContain(route.Replies, text => text.Contains("check in", StringComparison.OrdinalIgnoreCase) || text.Contains("one text", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_check_ins_turned_off_none_is_offered()
    {
        _factory.Settings["FollowUp:Enabled"] = "false";
        var phone = new SmsPhone(_factory, Parent);
        await phone.TextAsync("my breast hurts when I nurse but no redness, fever, chills or body aches, not full, no lump and no white spot");
        var route = await phone.TextAsync("no");

        Assert.StartsWith("A physical therapist can evaluate breast pain like yours.", Assert.Single(route.Replies), StringComparison.Ordinal);
    }

    public async Task DisposeAsync() => await _twilio.DisposeAsync();

    public void Dispose() => _factory.Dispose();

    // The last text of the clinic's route: the offer.
    private static async Task<string> ToTheClinicRouteAsync(SmsPhone phone, List<string>? transcript = null)
    {
        List<string> replies = [];
        foreach (var text in new[] { "my breast hurts when I nurse but no redness, fever, chills or body aches, not full, no lump and no white spot", "no" })
        {
            replies = (await phone.TextAsync(text)).Replies;
            transcript?.Add("parent: " + text);
            transcript?.AddRange(replies.Select(r => "FeminaBot: " + r));
        }

        Assert.StartsWith("A physical therapist can evaluate breast pain like yours.", replies[0], StringComparison.Ordinal);
        return replies[^1];
    }
}
