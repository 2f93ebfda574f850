using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using FeminaBot.Tests.DirectLine;

namespace FeminaBot.Tests.Hosting;

/// <summary>
/// With SQLite, a chat page open across a restart of the program carries on: its token is still
/// valid (no DirectLine:Secret, so the signing key is the one kept in the file) and its watermark
/// still points into the same log.
/// </summary>
public sealed class DirectLineRestartTests : IDisposable
{
    private const string SafetyCheck = "First, a quick safety check";
    private const string RednessQuestion = "Is any part of the breast red, pink, or hot to the touch?";
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-dl-restart-").FullName;

    [Fact]
    public async Task A_page_resumes_after_a_restart_with_its_old_token_and_watermark_and_hears_the_next_replies()
    {
        var database = Path.Combine(_directory, "data", "feminabot.db");
        string token, conversationId, watermark;
        await using (var first = await RunningProgram.StartAsync(database))
        {
            using var http = new HttpClient { BaseAddress = first.Address };
            var issued = await DirectLineClient.Json(await http.PostAsync(new Uri("api/directline/token", UriKind.Relative), null));
            token = issued.GetProperty("token").GetString()!;
            conversationId = issued.GetProperty("conversationId").GetString()!;
            Assert.Equal(HttpStatusCode.Created, (await SendAsync(http, HttpMethod.Post, "v3/directline/conversations", token)).StatusCode);
            await SayAsync(http, token, conversationId, "I have a plugged duct");

            var (activities, next) = await GetActivitiesAsync(http, token, conversationId, watermark: "0");
            Assert.Contains(activities, text => text?.StartsWith(SafetyCheck, StringComparison.Ordinal) == true);
            watermark = next;
            await first.StopAsync();
        }

        await using var second = await RunningProgram.StartAsync(database);
        using var resumed = new HttpClient { BaseAddress = second.Address };

        // Web Chat, its stream closed by the restart, reconnects with its token and watermark and opens the new stream.
        var reconnect = await SendAsync(resumed, HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark={watermark}", token);
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        var streamUrl = (await DirectLineClient.Json(reconnect)).GetProperty("streamUrl").GetString()!;
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, (await SayAsync(resumed, token, conversationId, "no")).StatusCode);
        var heard = await DirectLineClient.CollectUntilAsync(socket, all => all.Any(a => DirectLineClient.Text(a) == RednessQuestion), TimeSpan.FromSeconds(15));

        Assert.Equal("no", DirectLineClient.Text(heard[0]));
        Assert.DoesNotContain(heard, a => DirectLineClient.Text(a)?.StartsWith(SafetyCheck, StringComparison.Ordinal) == true);
        Assert.Equal(int.Parse(watermark, System.Globalization.CultureInfo.InvariantCulture), Sequence(heard[0]));

        // The conversation had started: starting it again greets no one twice; the token still refreshes.
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(resumed, HttpMethod.Post, "v3/directline/conversations", token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(resumed, HttpMethod.Post, "v3/directline/tokens/refresh", token)).StatusCode);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static int Sequence(JsonElement activity) =>
        int.Parse(activity.GetProperty("id").GetString()!.Split('|')[1], System.Globalization.CultureInfo.InvariantCulture);

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string token, string? json = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return http.SendAsync(request);
    }

    private static Task<HttpResponseMessage> SayAsync(HttpClient http, string token, string conversationId, string text) =>
        SendAsync(http, HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token, JsonSerializer.Serialize(new
        {
            type = "message",
            text,
            from = new { id = "me", role = "user" },
            channelData = new { clientActivityID = Guid.NewGuid().ToString("N") },
        }));

    private static async Task<(List<string?> Texts, string Watermark)> GetActivitiesAsync(HttpClient http, string token, string conversationId, string watermark)
    {
        var response = await SendAsync(http, HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);
        response.EnsureSuccessStatusCode();
        var set = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (set.GetProperty("activities").EnumerateArray().Select(DirectLineClient.Text).ToList(), set.GetProperty("watermark").GetString()!);
    }
}
