using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using FeminaBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace FeminaBot.Tests.Connector;

/// <summary>
/// A Teams conversation end to end: signed requests in, as the Bot Connector sends them; replies
/// out to a fake Bot Connector with a token from a fake Microsoft Entra, through real HTTPS.
/// </summary>
public sealed class TeamsTests(Xunit.Abstractions.ITestOutputHelper output) : IAsyncLifetime, IDisposable
{
    private const string AppId = "6f1a2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b";
    private const string Password = "app-password";
    private readonly FeminaBotFactory _factory = new();
    private TestOpenIdIssuer _issuer = null!;
    private FakeAzure _azure = null!;
    private int _ids;

    public async Task InitializeAsync()
    {
        _issuer = await TestOpenIdIssuer.StartAsync("msteams");
        _azure = await FakeAzure.StartAsync(AppId, Password);
        _factory.Settings["MicrosoftAppId"] = AppId;
        _factory.Settings["MicrosoftAppPassword"] = Password;
        _factory.Settings["ToBotFromChannelOpenIdMetadataUrl"] = _issuer.ChannelMetadata.ToString();
        _factory.Settings["ToBotFromEmulatorOpenIdMetadataUrl"] = _issuer.EmulatorMetadata.ToString();
        _factory.Settings["RequireHttpsMetadata"] = "false";
        _factory.Settings["ToChannelFromBotLoginUrl"] = _azure.Authority;
        _factory.Settings["Connector:RetryBaseDelay"] = "00:00:00.020";
        _factory.Settings["Connector:BreakerMinimumThroughput"] = "4";
        _factory.ExtraServices = services =>
        {
            foreach (var name in new[] { "msal", "connector" })
            {
                services.AddHttpClient(name).ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
                {
                    ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == _azure.Certificate.Thumbprint,
                });
            }
        };
    }

    [Fact]
    public async Task From_install_to_a_triage_outcome_every_reply_is_posted_once_to_the_connector_with_a_token()
    {
        Assert.Equal(HttpStatusCode.OK, (await SendAsync("conversationUpdate", null, membersAdded: true)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync("message", "my breast is red and sore")).StatusCode);
        _azure.Faults.Enqueue((HttpStatusCode.TooManyRequests, "0"));
        _azure.Faults.Enqueue((HttpStatusCode.ServiceUnavailable, null));
        Assert.Equal(HttpStatusCode.OK, (await SendAsync("message", "No")).StatusCode);

        var replies = _azure.Replies.ToList();
        var texts = replies.Select(r => r.Activity.TryGetProperty("text", out var t) ? t.GetString() : null).ToList();
        Assert.StartsWith("Hi, I'm FeminaBot", texts[0], StringComparison.Ordinal);
        Assert.Contains(texts, t => t is not null && t.StartsWith("First, a quick safety check.", StringComparison.Ordinal));
        Assert.Contains(texts, t => t is not null && t.StartsWith("Please contact your doctor, midwife or OB today.", StringComparison.Ordinal));
        Assert.Equal(texts.Count, texts.Distinct().Count());
        Assert.Equal(1, _azure.TokenRequests);

        var menu = replies.Single(r => r.Activity.TryGetProperty("text", out var t) && t.GetString() == "What would you like to do?").Activity;
        Assert.Equal(3, menu.GetProperty("suggestedActions").GetProperty("actions").GetArrayLength());
        Assert.All(replies, r => Assert.StartsWith("a:personal-chat/activities/17640099031", r.Path, StringComparison.Ordinal));
        Assert.All(replies, r => Assert.Equal("28:" + AppId, r.Activity.GetProperty("from").GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_massage_step_on_a_card_keeps_its_lines_as_Teams_renders_card_text()
    {
        await SendAsync("conversationUpdate", null, membersAdded: true);
        foreach (var text in new[] { "my left breast has a clogged duct", "No", "no redness, no fever, no chills", "no body aches", "yes" })
        {
            Assert.Equal(HttpStatusCode.OK, (await SendAsync("message", text)).StatusCode);
        }

        var cards = _azure.Replies
            .SelectMany(r => r.Activity.TryGetProperty("attachments", out var a) ? a.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Where(a => a.GetProperty("contentType").GetString() == "application/vnd.microsoft.card.hero")
            .Select(a => a.GetProperty("content"))
            .ToList();
        var step = cards.Single(c => c.GetProperty("text").GetString()!.StartsWith("Step 1: Stimulate your lymphatic system", StringComparison.Ordinal));
        Assert.StartsWith("Step 1: Stimulate your lymphatic system<br><br>Close your eyes.", step.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', step.GetProperty("text").GetString()!);
        Assert.Equal(["Next", "Repeat", "Back", "Stop"], step.GetProperty("buttons").EnumerateArray().Select(b => b.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task A_proactive_message_reaches_the_conversation_from_its_stored_reference()
    {
        await SendAsync("conversationUpdate", null, membersAdded: true);
        var reference = new FeminaBot.Conversations.Schema.ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = _azure.ServiceUrl,
            Conversation = new FeminaBot.Conversations.Schema.ConversationAccount("a:personal-chat") { ConversationType = "personal" },
            User = new FeminaBot.Conversations.Schema.ChannelAccount("29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQ"),
            Bot = new FeminaBot.Conversations.Schema.ChannelAccount("28:" + AppId),
        };
        var adapter = _factory.Services.GetRequiredService<FeminaBot.Connector.ConnectorAdapter>();

        await adapter.ContinueConversationAsync(reference, (context, ct) => context.SendActivityAsync("How is the pain today?", cancellationToken: ct), default);

        var (path, activity) = _azure.Replies.Last();
        Assert.Equal("a:personal-chat/activities", path);
        Assert.Equal("How is the pain today?", activity.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_check_in_the_next_day_goes_to_the_conversation_through_the_connector_and_its_answer_is_handled()
    {
        var transcript = new List<string>();
        await SendAsync("conversationUpdate", null, membersAdded: true);
        await SayAsync(transcript, "my breast hurts when I nurse but no redness, fever, chills or body aches, not full, no lump and no white spot");
        await SayAsync(transcript, "No");
        Assert.Equal("Would you like me to check in with you tomorrow at 10:45 AM to see how you're doing?", Texts().Last());
        await SayAsync(transcript, "Yes, check in");
        var before = _azure.Replies.Count;

        // Nothing before it is due; then the host sends it by itself.
        _factory.Clock.Advance(TimeSpan.FromHours(23));
        await Task.Delay(300);
        Assert.Equal(before, _azure.Replies.Count);
        _factory.Clock.Advance(TimeSpan.FromHours(2));
        var (path, checkIn) = await CheckInAsync(before);
        transcript.Add("(the next day, at 10:45 AM)");
        transcript.Add($"FeminaBot: {checkIn.GetProperty("text").GetString()} [{string.Join(" | ", checkIn.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()))}]");

        Assert.Equal("Hi, it's FeminaBot, checking in as promised. How is your breast pain now?", checkIn.GetProperty("text").GetString());
        Assert.Equal(["Better", "The same", "Worse"], checkIn.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Equal("a:personal-chat/activities", path);
        Assert.Equal("28:" + AppId, checkIn.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(1, _azure.TokenRequests);

        await SayAsync(transcript, "Better");
        Assert.StartsWith("I'm so glad it's better.", Texts()[^2], StringComparison.Ordinal);
        Assert.StartsWith("A few tips", Texts()[^1], StringComparison.Ordinal);
        output.WriteLine(string.Join('\n', transcript));
    }

    [Fact]
    public async Task Start_over_cancels_the_check_in()
    {
        await SendAsync("conversationUpdate", null, membersAdded: true);
        await SendAsync("message", "my breast hurts when I nurse but no redness, fever, chills or body aches, not full, no lump and no white spot");
        await SendAsync("message", "No");
        await SendAsync("message", "Yes, check in");
        await SendAsync("message", "start over");
        var before = _azure.Replies.Count;

        _factory.Clock.Advance(TimeSpan.FromHours(25));
        await Task.Delay(500);
        _factory.Clock.Advance(TimeSpan.FromHours(1));
        await Task.Delay(500);

        Assert.Equal(before, _azure.Replies.Count);
    }

    [Fact]
    public async Task A_connector_that_stays_down_opens_the_breaker_and_turns_end_with_an_error_not_a_hang()
    {
        await SendAsync("conversationUpdate", null, membersAdded: true);
        _azure.Down = true;
        var watch = Stopwatch.StartNew();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await SendAsync("message", "hi")).StatusCode);
        }

        var attemptsWhenOpen = _azure.ReplyAttempts;
        var afterOpen = await SendAsync("message", "hello?");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.BadGateway, s));
        Assert.Equal(HttpStatusCode.BadGateway, afterOpen.StatusCode);
        Assert.Equal(attemptsWhenOpen, _azure.ReplyAttempts);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    // Sends a message and writes it and the bot's replies to the transcript.
    private async Task SayAsync(List<string> transcript, string text)
    {
        var before = _azure.Replies.Count;
        Assert.Equal(HttpStatusCode.OK, (await SendAsync("message", text)).StatusCode);
        transcript.Add($"user: {text}");
        transcript.AddRange(_azure.Replies.Skip(before).Select(r => $"FeminaBot: {(r.Activity.TryGetProperty("text", out var t) ? t.GetString() : "(a card)")}"));
    }

    private List<string?> Texts() =>
        [.. _azure.Replies.Select(r => r.Activity.TryGetProperty("text", out var t) ? t.GetString() : null)];

    // The host polls on its own; the check-in reaches the connector soon after the clock passes its time.
    private async Task<(string Path, JsonElement Activity)> CheckInAsync(int before)
    {
        var watch = Stopwatch.StartNew();
        while (_azure.Replies.Count <= before && watch.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(50);
        }

        return Assert.Single(_azure.Replies.Skip(before));
    }

    public async Task DisposeAsync()
    {
        await _issuer.DisposeAsync();
        await _azure.DisposeAsync();
    }

    public void Dispose() => _factory.Dispose();

    private async Task<HttpResponseMessage> SendAsync(string type, string? text, bool membersAdded = false)
    {
        var activity = new Dictionary<string, object?>
        {
            ["type"] = type,
            ["id"] = $"17640099031{Interlocked.Increment(ref _ids):D2}",
            ["timestamp"] = "2026-11-24T18:45:03.1234567Z",
            ["channelId"] = "msteams",
            ["serviceUrl"] = _azure.ServiceUrl,
            ["from"] = new { id = "29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB39ATiQWA85gQ", name = "Alex Rivera", aadObjectId = "6be4ee4a-8a2a-4b38-9d41-4c5a5d0c3c3e" },
            ["recipient"] = new { id = "28:" + AppId, name = "FeminaBot" },
            ["conversation"] = new { id = "a:personal-chat", conversationType = "personal", tenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47" },
            ["channelData"] = new { tenant = new { id = "72f988bf-86f1-41af-91ab-2d7cd011db47" } },
            ["locale"] = "en-US",
            ["text"] = text,
            ["membersAdded"] = membersAdded ? new[] { new { id = "28:" + AppId } } : null,
        };
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(activity), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _issuer.Token(AppId, _azure.ServiceUrl));
        return await _factory.CreateClient().SendAsync(request);
    }
}
