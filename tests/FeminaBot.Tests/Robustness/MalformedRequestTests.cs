using System.Net;
using System.Text;
using FeminaBot.Tests.DirectLine;
using FeminaBot.Tests.Hosting;
using FeminaBot.Tests.Twilio;

namespace FeminaBot.Tests.Robustness;

/// <summary>Bad input gets a clear 4xx or a kind reply, never a 500 and never a hang, at every endpoint.</summary>
public sealed class MalformedRequestTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly FeminaBotFactory _factory = new();

    public MalformedRequestTests() => SmsPhone.Configure(_factory);

    public static TheoryData<string> Bodies => new()
    {
        string.Empty,
        "{",
        "null",
        "[]",
        "42",
        "\"text\"",
        "{\"type\":null}",
        "{\"type\":42}",
        "{\"type\":\"message\"}",
        "{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"text\":42}",
        "{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":\"c\",\"from\":{\"id\":\"u\"}}",
        "{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"timestamp\":\"yesterday\"}",
        "{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"entities\":{}}",
        "{\"type\":\"someFutureType\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"deliveryMode\":\"expectReplies\"}",
        "{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"deliveryMode\":\"expectReplies\",\"text\":\"\\u0000\\u0001\\u001b[31m\\ud83d\\ude00" + new string('é', 5000) + "\"}",
        "{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"deliveryMode\":\"expectReplies\",\"text\":\"<script>alert(1)</script> my breast is red\"}",
        new string('[', 5000) + new string(']', 5000),
        "{\"type\":\"message\",\"channelData\":" + new string('[', 200) + new string(']', 200) + "}",
        "{\"type\":\"invoke\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"value\":{\"x\":1}}",
        "{\"type\":\"conversationUpdate\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"membersAdded\":null}",
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task The_Bot_Framework_endpoint_never_fails_with_a_500(string body)
    {
        var response = await PostAsync("/api/messages", body);

        // 501 is the Bot Framework's answer to an invoke no handler takes, not a failure.
        Assert.True((int)response.StatusCode < 500 || response.StatusCode == HttpStatusCode.NotImplemented, $"{(int)response.StatusCode} for {body[..Math.Min(80, body.Length)]}");
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Direct_Line_never_fails_with_a_500(string body)
    {
        var client = new DirectLineClient(_factory);
        await client.StartAsync();

        var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", body).WaitAsync(Patience);
        var generate = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", body, FeminaBotFactory.Secret).WaitAsync(Patience);

        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {body[..Math.Min(80, body.Length)]}");
        Assert.True((int)generate.StatusCode < 500, $"{(int)generate.StatusCode} for {body[..Math.Min(80, body.Length)]}");
    }

    [Theory]
    [InlineData("/v3/directline/conversations/x/activities?watermark=-5")]
    [InlineData("/v3/directline/conversations/x/activities?watermark=99999999999999999999")]
    [InlineData("/v3/directline/conversations/x/stream")]
    [InlineData("/v3/directline/conversations/x")]
    public async Task Direct_Line_reads_with_odd_ids_and_watermarks_are_4xx(string path)
    {
        var client = new DirectLineClient(_factory);
        await client.StartAsync();

        var response = await client.SendAsync(HttpMethod.Get, path.Replace("/x", "/" + client.ConversationId, StringComparison.Ordinal)).WaitAsync(Patience);

        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {path}");
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "")]
    [InlineData("application/x-www-form-urlencoded", "%%%=&&&")]
    [InlineData("application/json", "{\"Body\":\"hi\"}")]
    [InlineData("text/plain", "hello")]
    public async Task The_SMS_webhook_never_fails_with_a_500(string contentType, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);

        var response = await _factory.CreateClient().PostAsync(new Uri("/api/twilio", UriKind.Relative), content).WaitAsync(Patience);

        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {contentType}");
    }

    [Fact]
    public async Task A_script_in_a_message_is_never_echoed_as_markup()
    {
        var response = await PostAsync("/api/messages", "{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"},\"deliveryMode\":\"expectReplies\",\"text\":\"<script>alert(1)</script>\"}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_with_413_by_the_real_server()
    {
        var directory = Directory.CreateTempSubdirectory("feminabot-limits-").FullName;
        try
        {
            await using var program = await RunningProgram.StartAsync(Path.Combine(directory, "feminabot.db"));
            using var http = new HttpClient { BaseAddress = program.Address };
            var huge = "{\"type\":\"message\",\"text\":\"" + new string('a', 300 * 1024) + "\"}";

            var response = await http.PostAsync(new Uri("api/messages", UriKind.Relative), new StringContent(huge, Encoding.UTF8, "application/json")).WaitAsync(Patience);

            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Page_tokens_are_rate_limited_per_address_with_429()
    {
        _factory.Settings["DirectLine:TokensPerMinute"] = "3";
        var client = _factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.PostAsync(new Uri("/api/directline/token", UriKind.Relative), null)).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task One_conversation_posting_faster_than_its_limit_gets_429_and_another_conversation_is_not_slowed()
    {
        _factory.Settings["DirectLine:ActivitiesPerMinute"] = "2";
        var flooding = new FeminaBot.Tests.DirectLine.DirectLineClient(_factory);
        var other = new FeminaBot.Tests.DirectLine.DirectLineClient(_factory);
        await flooding.StartAsync();
        await other.StartAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await flooding.SayAsync("hi")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await other.SayAsync("hi")).StatusCode);
    }

    [Fact]
    public async Task Posts_without_the_conversations_token_are_refused_and_do_not_use_up_its_budget()
    {
        _factory.Settings["DirectLine:ActivitiesPerMinute"] = "2";
        var owner = new FeminaBot.Tests.DirectLine.DirectLineClient(_factory);
        var stranger = new FeminaBot.Tests.DirectLine.DirectLineClient(_factory);
        await owner.StartAsync();
        await stranger.StartAsync();
        var path = $"/v3/directline/conversations/{owner.ConversationId}/activities";

        var refused = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            refused.Add((await stranger.SendAsync(HttpMethod.Post, path, """{"type":"message","text":"hi"}""", credential: i % 2 == 0 ? "forged" : null)).StatusCode);
        }

        Assert.All(refused, status => Assert.True(status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, status.ToString()));
        Assert.Equal(HttpStatusCode.OK, (await owner.SayAsync("hi")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.SayAsync("hi")).StatusCode);
    }

    public void Dispose() => _factory.Dispose();

    private async Task<HttpResponseMessage> PostAsync(string path, string body) =>
        await _factory.CreateClient().PostAsync(new Uri(path, UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json")).WaitAsync(Patience);
}
