using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using FeminaBot.Tests.Hosting;

namespace FeminaBot.Tests.DirectLine;

/// <summary>A Direct Line client as DirectLineJS behaves, over the in-memory test server.</summary>
internal sealed class DirectLineClient(FeminaBotFactory factory)
{
    private readonly HttpClient _http = factory.CreateClient();

    public string Token { get; private set; } = string.Empty;

    public string ConversationId { get; private set; } = string.Empty;

    public string StreamUrl { get; private set; } = string.Empty;

    /// <summary>The same client, token and conversation, talking to another instance of the program.</summary>
    public DirectLineClient MovedTo(FeminaBotFactory other) => new(other) { Token = Token, ConversationId = ConversationId, StreamUrl = StreamUrl };

    /// <summary>The same client and conversation with another token, as a page that came back to it holds.</summary>
    public DirectLineClient WithToken(string token) => new(factory) { Token = token, ConversationId = ConversationId, StreamUrl = StreamUrl };

    /// <summary>Gets a page token and starts the conversation with it, posting <paramref name="body"/> as DirectLineJS posts its start properties.</summary>
    public async Task<HttpResponseMessage> StartAsync(string? body = null)
    {
        var token = await Json(await _http.PostAsync(new Uri("/api/directline/token", UriKind.Relative), null));
        Token = token.GetProperty("token").GetString()!;
        ConversationId = token.GetProperty("conversationId").GetString()!;
        var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", body);
        if (response.IsSuccessStatusCode)
        {
            var conversation = await Json(response);
            StreamUrl = conversation.GetProperty("streamUrl").GetString()!;
        }

        return response;
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json = null, string? credential = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential ?? Token);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return _http.SendAsync(request);
    }

    public Task<HttpResponseMessage> SayAsync(string text, string? clientActivityId = null) =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{ConversationId}/activities", JsonSerializer.Serialize(new
        {
            type = "message",
            text,
            from = new { id = "someone-else", name = "Sam", role = "user" },
            channelData = new { clientActivityID = clientActivityId ?? Guid.NewGuid().ToString("N") },
        }));

    public async Task<(List<JsonElement> Activities, string Watermark)> GetActivitiesAsync(string? watermark)
    {
        var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{ConversationId}/activities?watermark={watermark}");
        response.EnsureSuccessStatusCode();
        var set = await Json(response);
        return (set.GetProperty("activities").EnumerateArray().ToList(), set.GetProperty("watermark").GetString()!);
    }

    public async Task<WebSocket> ConnectAsync(string streamUrl)
    {
        var uri = new UriBuilder(streamUrl) { Scheme = "ws" }.Uri;
        return await factory.Server.CreateWebSocketClient().ConnectAsync(uri, CancellationToken.None);
    }

    public static async Task<JsonElement> ReceiveSetAsync(WebSocket socket, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var buffer = new byte[1 << 16];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, cancel.Token);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (message.Length > 0)
            {
                return JsonDocument.Parse(message.ToArray()).RootElement.Clone();
            }
        }
    }

    /// <summary>Reads activity sets from the stream until <paramref name="done"/> holds for all read so far.</summary>
    public static async Task<List<JsonElement>> CollectUntilAsync(WebSocket socket, Func<List<JsonElement>, bool> done, TimeSpan wait)
    {
        var all = new List<JsonElement>();
        while (!done(all))
        {
            all.AddRange((await ReceiveSetAsync(socket, wait)).GetProperty("activities").EnumerateArray());
        }

        return all;
    }

    public static string? Text(JsonElement activity) => activity.TryGetProperty("text", out var text) ? text.GetString() : null;

    public static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
