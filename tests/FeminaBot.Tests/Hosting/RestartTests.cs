using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace FeminaBot.Tests.Hosting;

public sealed class RestartTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-restart-").FullName;

    [Fact]
    public async Task Stopping_the_program_mid_triage_and_starting_it_again_continues_from_the_SQLite_file()
    {
        var database = Path.Combine(_directory, "data", "feminabot.db");
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);

        await using (var first = await RunningProgram.StartAsync(database))
        {
            var replies = await SayAsync(first.Address, "a1", "I have a plugged duct");
            Assert.Contains(replies, text => text.StartsWith("First, a quick safety check", StringComparison.Ordinal));
            replies = await SayAsync(first.Address, "a2", "no");
            Assert.Contains("Is any part of the breast red, pink, or hot to the touch?", replies);
            await first.StopAsync();
        }

        await using var second = await RunningProgram.StartAsync(database);
        var afterRestart = await SayAsync(second.Address, "a3", "no");

        Assert.Equal(["Have you had a fever since this started? If you took your temperature, tell me the reading."], afterRestart);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static async Task<List<string>> SayAsync(Uri address, string id, string text)
    {
        using var http = new HttpClient { BaseAddress = address };
        var activity = JsonSerializer.Serialize(new
        {
            type = "message",
            id,
            text,
            channelId = "emulator",
            serviceUrl = "http://127.0.0.1:9/",
            deliveryMode = "expectReplies",
            from = new { id = "u1" },
            recipient = new { id = "bot" },
            conversation = new { id = "restart-conversation" },
            locale = "en-US",
        });
        var response = await http.PostAsync(new Uri("api/messages", UriKind.Relative), new StringContent(activity, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("activities").EnumerateArray()
            .Where(a => a.GetProperty("type").GetString() == "message")
            .Select(a => a.GetProperty("text").GetString()!)
            .ToList();
    }
}
