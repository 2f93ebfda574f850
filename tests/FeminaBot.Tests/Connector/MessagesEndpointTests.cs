using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FeminaBot.Tests.Hosting;

namespace FeminaBot.Tests.Connector;

public sealed class MessagesEndpointTests : IDisposable
{
    private readonly FeminaBotFactory _factory = new();

    [Fact]
    public async Task Expect_replies_returns_the_turns_replies_in_the_response()
    {
        var response = await Post(Activity("a1", "message", "my breast is red"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("activities");
        Assert.StartsWith("Hi, I'm FeminaBot", activities[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("expectingInput", activities[2].GetProperty("inputHint").GetString());
        Assert.All(activities.EnumerateArray(), a => Assert.Equal("a1", a.GetProperty("replyToId").GetString()));
    }

    [Fact]
    public async Task A_typing_activity_gets_an_empty_list()
    {
        var response = await Post(Activity("t1", "typing", null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("activities").GetArrayLength());
    }

    [Fact]
    public async Task An_invoke_nobody_handles_gets_501()
    {
        var body = Activity("i1", "invoke", null).Replace("\"deliveryMode\":\"expectReplies\",", string.Empty, StringComparison.Ordinal);

        var response = await Post(body);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"type\": \"message\", \"text\": ", "not a valid activity")]
    [InlineData("", "not a valid activity")]
    [InlineData("{\"text\":\"hi\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"}}", "no type")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"emulator\",\"from\":{\"id\":\"u\"}}", "no conversation.id")]
    [InlineData("{\"type\":\"message\",\"channelId\":\"emulator\",\"conversation\":{\"id\":\"c\"}}", "no from.id")]
    [InlineData("{\"type\":42}", "not a valid activity")]
    [InlineData("[1,2,3]", "not a valid activity")]
    public async Task A_malformed_request_is_a_400_with_the_reason(string body, string reason)
    {
        var response = await Post(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_app_id_set_a_request_without_a_token_is_refused()
    {
        _factory.Settings["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001";

        var response = await Post(Activity("a1", "message", "hi"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_health_check_reports_the_store()
    {
        var response = await _factory.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _factory.Dispose();

    private Task<HttpResponseMessage> Post(string body) =>
        _factory.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

    private static string Activity(string id, string type, string? text) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["type"] = type,
        ["id"] = id,
        ["channelId"] = "emulator",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["deliveryMode"] = "expectReplies",
        ["from"] = new { id = "u1" },
        ["recipient"] = new { id = "bot" },
        ["conversation"] = new { id = "c1" },
        ["locale"] = "en-US",
        ["text"] = text,
    }).Replace(",\"text\":null", string.Empty, StringComparison.Ordinal);
}
