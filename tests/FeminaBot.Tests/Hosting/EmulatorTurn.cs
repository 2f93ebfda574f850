using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace FeminaBot.Tests.Hosting;

/// <summary>One message posted to /api/messages the way the Emulator does, with its replies in the answer.</summary>
internal static class EmulatorTurn
{
    public static Task<HttpResponseMessage> PostAsync(HttpClient http, string conversation, string user, string id, string text, CancellationToken cancellationToken = default)
    {
        var body = JsonSerializer.Serialize(new
        {
            type = "message",
            id,
            text,
            channelId = "emulator",
            serviceUrl = "http://127.0.0.1:9/",
            deliveryMode = "expectReplies",
            from = new { id = user },
            recipient = new { id = "bot" },
            conversation = new { id = conversation },
            locale = "en-US",
        });
        return http.PostAsync(new Uri("api/messages", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"), cancellationToken);
    }

    /// <summary>Posts the message, requires success and returns the texts of the bot's messages.</summary>
    public static async Task<List<string>> SayAsync(HttpClient http, string conversation, string user, string id, string text, CancellationToken cancellationToken = default)
    {
        using var response = await PostAsync(http, conversation, user, id, text, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await RepliesAsync(response, cancellationToken);
    }

    public static async Task<List<string>> RepliesAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return body.GetProperty("activities").EnumerateArray()
            .Where(a => a.GetProperty("type").GetString() == "message")
            .Select(a => a.GetProperty("text").GetString()!)
            .ToList();
    }
}
