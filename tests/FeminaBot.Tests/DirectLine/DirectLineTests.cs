using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using FeminaBot.Tests.Hosting;

namespace FeminaBot.Tests.DirectLine;

public sealed class DirectLineTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly FeminaBotFactory _factory = new();

    [Fact]
    public async Task A_page_token_starts_a_conversation_whose_greeting_waits_in_the_log()
    {
        var client = new DirectLineClient(_factory);

        var started = await client.StartAsync();
        var again = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations");

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.StartsWith("ws://", client.StreamUrl, StringComparison.Ordinal);
        var (activities, watermark) = await client.GetActivitiesAsync(null);
        Assert.StartsWith("Hi, I'm FeminaBot", Text(activities[0]), StringComparison.Ordinal);
        Assert.Equal("bot", activities[0].GetProperty("from").GetProperty("role").GetString());
        Assert.Equal(activities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), watermark);
    }

    [Theory]
    [InlineData("""{"user":{},"locale":"es-US"}""", "es-US")]
    [InlineData("""{"locale":"en-US"}""", "en-US")]
    [InlineData("""{"user":{"id":"dl_someone"},"locale":"zh-Hant-TW"}""", "zh-Hant-TW")]
    public async Task The_locale_DirectLineJS_starts_a_conversation_in_reaches_the_bot_so_the_greeting_carries_it(string body, string locale)
    {
        var client = new DirectLineClient(_factory);

        var started = await client.StartAsync(body);

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var (activities, _) = await client.GetActivitiesAsync(null);
        Assert.Equal(locale, activities[0].GetProperty("locale").GetString());
    }

    [Theory]
    [InlineData("<b>es</b>")]
    [InlineData("es-US\n")]
    [InlineData("spanish")]
    [InlineData("es-US-x-with-far-too-many-subtags")]
    public async Task A_locale_that_is_no_language_tag_never_reaches_the_bot(string odd)
    {
        var client = new DirectLineClient(_factory);

        var started = await client.StartAsync(JsonSerializer.Serialize(new { user = new { }, locale = odd }));

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var (activities, _) = await client.GetActivitiesAsync(null);
        Assert.StartsWith("Hi, I'm FeminaBot", Text(activities[0]), StringComparison.Ordinal);
        Assert.NotEqual(odd, activities[0].TryGetProperty("locale", out var locale) ? locale.GetString() : null);
    }

    [Theory]
    [InlineData("""{"locale":42}""")]
    [InlineData("not json")]
    public async Task A_start_body_that_is_not_start_properties_is_ignored_and_the_conversation_starts(string body)
    {
        var client = new DirectLineClient(_factory);

        var started = await client.StartAsync(body);

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var (activities, _) = await client.GetActivitiesAsync(null);
        Assert.StartsWith("Hi, I'm FeminaBot", Text(activities[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_posted_message_is_echoed_with_an_id_and_its_client_activity_id_before_the_reply()
    {
        var client = new DirectLineClient(_factory);
        await client.StartAsync();
        var (_, watermark) = await client.GetActivitiesAsync(null);

        var posted = await client.SayAsync("are you open on Saturday?", "client-1");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var id = (await DirectLineClient.Json(posted)).GetProperty("id").GetString();
        var (activities, next) = await client.GetActivitiesAsync(watermark);
        Assert.Equal(id, activities[0].GetProperty("id").GetString());
        Assert.Equal("client-1", activities[0].GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.StartsWith("dl_", activities[0].GetProperty("from").GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Contains("Saturday", Text(activities[1]), StringComparison.Ordinal);
        Assert.Empty((await client.GetActivitiesAsync(next)).Activities);
    }

    [Fact]
    public async Task The_stream_delivers_the_backlog_then_each_new_reply()
    {
        var client = new DirectLineClient(_factory);
        await client.StartAsync();
        using var socket = await client.ConnectAsync(client.StreamUrl);

        var backlog = await DirectLineClient.ReceiveSetAsync(socket, Wait);
        await client.SayAsync("hi");
        var echo = await CollectUntilAsync(socket, set => set.Any(a => Text(a) == "What would you like to do?"));

        Assert.StartsWith("Hi, I'm FeminaBot", Text(backlog.GetProperty("activities")[0]), StringComparison.Ordinal);
        Assert.Contains(echo, a => Text(a) == "hi");
    }

    [Fact]
    public async Task Reconnecting_with_the_last_watermark_after_a_dropped_socket_loses_and_repeats_nothing()
    {
        var client = new DirectLineClient(_factory);
        await client.StartAsync();
        var seen = new List<string>();
        string watermark;
        using (var socket = await client.ConnectAsync(client.StreamUrl))
        {
            var set = await DirectLineClient.ReceiveSetAsync(socket, Wait);
            seen.AddRange(set.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("id").GetString()!));
            watermark = set.GetProperty("watermark").GetString()!;
            socket.Abort();
        }

        // While no socket is open, the conversation goes on.
        await client.SayAsync("what is the phone number for Pasadena?");
        var reconnect = await DirectLineClient.Json(await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}?watermark={watermark}"));
        using (var socket = await client.ConnectAsync(reconnect.GetProperty("streamUrl").GetString()!))
        {
            var set = await DirectLineClient.ReceiveSetAsync(socket, Wait);
            seen.AddRange(set.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("id").GetString()!));
        }

        var (all, _) = await client.GetActivitiesAsync(null);
        Assert.Equal(all.Select(a => a.GetProperty("id").GetString()), seen);
    }

    [Fact]
    public async Task Delete_my_data_erases_the_transcript_the_service_keeps_and_leaves_the_confirmation()
    {
        var client = new DirectLineClient(_factory);
        await client.StartAsync();
        await client.SayAsync("I have chills and a hard lump, 101.2");
        await client.SayAsync("delete my data");

        await client.SayAsync("yes");

        var (activities, watermark) = await client.GetActivitiesAsync(null);
        Assert.Equal(activities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), watermark);
        var done = activities.FindIndex(a => Text(a) == "Done. I've deleted what you told me. If you need help again, just say hi.");
        Assert.True(done > 0);
        Assert.All(activities.Take(done), a => Assert.Equal("event", a.GetProperty("type").GetString()));
        Assert.DoesNotContain(activities, a => Text(a)?.Contains("lump", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_deleteUserData_activity_erases_the_transcript_too()
    {
        var client = new DirectLineClient(_factory);
        await client.StartAsync();
        await client.SayAsync("I have chills and a hard lump, 101.2");

        var deleted = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", """{"type":"deleteUserData","from":{"id":"someone"}}""");

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        var (activities, _) = await client.GetActivitiesAsync(null);
        Assert.All(activities, a => Assert.Equal("event", a.GetProperty("type").GetString()));
        Assert.DoesNotContain(activities, a => a.ToString().Contains("lump", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tokens_refresh_and_an_expired_one_is_refused_with_403()
    {
        var client = new DirectLineClient(_factory);
        await client.StartAsync();

        var refreshed = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh");
        _factory.Clock.Advance(TimeSpan.FromMinutes(31));
        var expired = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities");

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(client.ConversationId, (await DirectLineClient.Json(refreshed)).GetProperty("conversationId").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Equal("TokenExpired", (await DirectLineClient.Json(expired)).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_token_for_another_conversation_is_refused_with_403()
    {
        var mine = new DirectLineClient(_factory);
        var theirs = new DirectLineClient(_factory);
        await mine.StartAsync();
        await theirs.StartAsync();

        var response = await mine.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_tampered_or_missing_token_is_refused_with_401()
    {
        var client = new DirectLineClient(_factory);
        await client.StartAsync();
        var tampered = client.Token[..^3] + (client.Token.EndsWith("AAA", StringComparison.Ordinal) ? "BBB" : "AAA");

        var response = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}/activities", credential: tampered);
        var none = await _factory.CreateClient().GetAsync(new Uri($"/v3/directline/conversations/{client.ConversationId}/activities", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
    }

    [Fact]
    public async Task The_secret_generates_tokens_and_a_token_cannot_generate_more()
    {
        var client = new DirectLineClient(_factory);
        await client.StartAsync();

        var generated = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", """{"user":{"id":"dl_patient7"}}""", FeminaBotFactory.Secret);
        var byToken = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate");
        var badUser = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", """{"user":{"id":"patient7"}}""", FeminaBotFactory.Secret);

        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        Assert.Equal(1800, (await DirectLineClient.Json(generated)).GetProperty("expires_in").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, byToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badUser.StatusCode);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",\"text\":")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("null")]
    public async Task A_malformed_activity_is_refused_with_400(string body)
    {
        var client = new DirectLineClient(_factory);
        await client.StartAsync();

        var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", (await DirectLineClient.Json(response)).GetProperty("error").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("/v3/directline/conversations")]
    [InlineData("/api/directline/token")]
    public async Task A_browser_on_an_allowed_site_may_call_the_service(string path)
    {
        _factory.Settings["DirectLine:AllowedOrigins:0"] = "https://www.example.org";
        var request = new HttpRequestMessage(HttpMethod.Options, new Uri(path, UriKind.Relative));
        request.Headers.Add("Origin", "https://www.example.org");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        var response = await _factory.CreateClient().SendAsync(request);

        Assert.Equal("https://www.example.org", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("x-ms-bot-agent", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_site_that_is_not_allowed_gets_no_CORS_permission()
    {
        _factory.Settings["DirectLine:AllowedOrigins:0"] = "https://www.example.org";
        var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/directline/token", UriKind.Relative));
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");

        var response = await _factory.CreateClient().SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    public void Dispose() => _factory.Dispose();

    private static string? Text(JsonElement activity) => DirectLineClient.Text(activity);

    private static Task<List<JsonElement>> CollectUntilAsync(WebSocket socket, Func<List<JsonElement>, bool> done) =>
        DirectLineClient.CollectUntilAsync(socket, done, Wait);
}
