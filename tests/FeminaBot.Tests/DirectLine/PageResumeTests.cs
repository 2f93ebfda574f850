using System.Net;
using System.Text;
using System.Text.Json;
using FeminaBot.DirectLine.Logs;
using FeminaBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace FeminaBot.Tests.DirectLine;

/// <summary>
/// The chat page coming back to its conversation for a check-in: <c>POST /api/directline/token</c> with
/// <c>{"resume":"&lt;token&gt;"}</c> gets a new token for the same conversation and user, or a refusal with a reason.
/// </summary>
public sealed class PageResumeTests : IDisposable
{
    // The shortest way to the clinic's route, where the check-in is offered.
    private const string ClinicRoutePain = "my left breast hurts when I nurse, no redness, no fever, no chills, no aches, not full, no lump, no bleb";

    private readonly FeminaBotFactory _factory = new();

    [Fact]
    public async Task A_page_back_a_day_and_more_after_a_yes_to_a_check_in_gets_a_new_token_for_its_conversation_and_user()
    {
        var page = new DirectLineClient(_factory);
        await page.StartAsync();
        var userId = await SayYesToACheckInAsync(page);

        _factory.Clock.Advance(TimeSpan.FromHours(30));
        var response = await ResumeAsync(page.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var resumed = await DirectLineClient.Json(response);
        Assert.Equal(page.ConversationId, resumed.GetProperty("conversationId").GetString());
        var back = page.WithToken(resumed.GetProperty("token").GetString()!);
        var (transcript, watermark) = await back.GetActivitiesAsync(null);
        Assert.Contains(transcript, a => DirectLineClient.Text(a)?.StartsWith("Okay, I'll check in", StringComparison.Ordinal) == true);
        await back.SayAsync("hi");
        var (echo, _) = await back.GetActivitiesAsync(watermark);
        Assert.Equal(userId, echo[0].GetProperty("from").GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_token_another_service_signed_or_one_tampered_with_cannot_come_back()
    {
        using var other = new FeminaBotFactory();
        other.Settings["DirectLine:Secret"] = "another-services-secret";
        var stranger = new DirectLineClient(other);
        await stranger.StartAsync();
        var page = new DirectLineClient(_factory);
        await page.StartAsync();
        var tampered = page.Token[..^3] + (page.Token.EndsWith("AAA", StringComparison.Ordinal) ? "BBB" : "AAA");

        var foreign = await ResumeAsync(stranger.Token);
        var altered = await ResumeAsync(tampered);

        Assert.Equal(HttpStatusCode.Unauthorized, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, altered.StatusCode);
        Assert.Contains("not one this service issued", await Message(altered), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_expired_longer_ago_than_any_check_in_waits_cannot_come_back_though_its_conversation_is_kept()
    {
        // Two hours' delay and no quiet hours: a page waits at most 2 hours and a day past its token's expiry.
        _factory.Settings["FollowUp:Delay"] = "02:00:00";
        _factory.Settings["FollowUp:QuietFrom"] = "00:00";
        _factory.Settings["FollowUp:QuietUntil"] = "00:00";
        var page = new DirectLineClient(_factory);
        await page.StartAsync();
        var expires = _factory.Clock.GetUtcNow() + TimeSpan.FromMinutes(30);
        await _factory.Services.GetRequiredService<IDirectLineLog>().KeepUntilAsync(page.ConversationId, expires + TimeSpan.FromDays(10), default);

        _factory.Clock.Advance(expires + TimeSpan.FromHours(26) - TimeSpan.FromMinutes(1) - _factory.Clock.GetUtcNow());
        var lastChance = await ResumeAsync(page.Token);
        _factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var tooLate = await ResumeAsync(page.Token);

        Assert.Equal(HttpStatusCode.OK, lastChance.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, tooLate.StatusCode);
        Assert.Equal("TokenExpired", await Code(tooLate));
    }

    [Fact]
    public async Task With_check_ins_off_no_page_comes_back()
    {
        _factory.Settings["FollowUp:Enabled"] = "false";
        var page = new DirectLineClient(_factory);
        await page.StartAsync();

        var response = await ResumeAsync(page.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_conversation_never_started_or_forgotten_after_a_day_unused_cannot_be_come_back_to()
    {
        var neverStarted = await DirectLineClient.Json(await _factory.CreateClient().PostAsync(new Uri("/api/directline/token", UriKind.Relative), null));
        var page = new DirectLineClient(_factory);
        await page.StartAsync();
        await page.SayAsync("are you open on Saturday?");

        var never = await ResumeAsync(neverStarted.GetProperty("token").GetString()!);
        _factory.Clock.Advance(TimeSpan.FromHours(25));
        var forgotten = await ResumeAsync(page.Token);

        Assert.Equal(HttpStatusCode.NotFound, never.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forgotten.StatusCode);
        Assert.Contains("no longer kept", await Message(forgotten), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{}")]
    [InlineData("""{"resume":42}""")]
    [InlineData("null")]
    public async Task A_body_that_is_no_token_to_resume_is_refused_with_400(string body)
    {
        var response = await PostTokenAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", await Code(response));
    }

    [Fact]
    public async Task The_page_hears_of_its_check_in_kept_until_a_day_after_it_is_due_and_of_its_cancelling()
    {
        var page = new DirectLineClient(_factory);
        await page.StartAsync();
        await SayYesToACheckInAsync(page);
        var (said, watermark) = await page.GetActivitiesAsync(null);

        await page.SayAsync("cancel");

        var kept = Assert.Single(said, IsCheckInEvent);
        var due = kept.GetProperty("value").GetProperty("due").GetDateTimeOffset();
        Assert.Equal(_factory.Clock.GetUtcNow() + TimeSpan.FromHours(24), due);
        Assert.Equal(due + TimeSpan.FromDays(1), kept.GetProperty("value").GetProperty("until").GetDateTimeOffset());
        var (afterCancel, _) = await page.GetActivitiesAsync(watermark);
        var cancelled = Assert.Single(afterCancel, IsCheckInEvent);
        Assert.False(cancelled.TryGetProperty("value", out _));
        Assert.Contains(afterCancel, a => DirectLineClient.Text(a) == "Okay, I won't check in.");
    }

    public void Dispose() => _factory.Dispose();

    // Returns the parent's user id, from the echo of what she said.
    private static async Task<string> SayYesToACheckInAsync(DirectLineClient page)
    {
        await page.SayAsync(ClinicRoutePain);
        await page.SayAsync("no");
        var (before, watermark) = await page.GetActivitiesAsync(null);
        Assert.Contains(before, a => DirectLineClient.Text(a)?.StartsWith("Would you like me to check in with you", StringComparison.Ordinal) == true);
        await page.SayAsync("Yes, check in");
        var (yes, _) = await page.GetActivitiesAsync(watermark);
        return yes[0].GetProperty("from").GetProperty("id").GetString()!;
    }

    private static bool IsCheckInEvent(JsonElement activity) =>
        activity.GetProperty("type").GetString() == "event" && activity.TryGetProperty("name", out var name) && name.GetString() == "feminabot.checkIn";

    private Task<HttpResponseMessage> ResumeAsync(string token) => PostTokenAsync(JsonSerializer.Serialize(new { resume = token }));

    private Task<HttpResponseMessage> PostTokenAsync(string body) =>
        _factory.CreateClient().PostAsync(new Uri("/api/directline/token", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

    private static async Task<string?> Code(HttpResponseMessage response) =>
        (await DirectLineClient.Json(response)).GetProperty("error").GetProperty("code").GetString();

    private static async Task<string?> Message(HttpResponseMessage response) =>
        (await DirectLineClient.Json(response)).GetProperty("error").GetProperty("message").GetString();
}
