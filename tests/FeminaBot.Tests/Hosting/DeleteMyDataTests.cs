using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FeminaBot.Conversations.Storage;
using FeminaBot.Storage.Tests.Redis;
using Microsoft.Extensions.DependencyInjection;

namespace FeminaBot.Tests.Hosting;

/// <summary>"Delete my data" leaves nothing of the conversation or the user in whichever store the program uses.</summary>
public sealed class DeleteMyDataTests(RedisServer redis) : IClassFixture<RedisServer>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-delete-").FullName;

    [SkippableTheory]
    [InlineData("Sqlite")]
    [InlineData("Memory")]
    [InlineData("Redis")]
    public async Task Delete_my_data_removes_the_conversation_and_the_user_from_the_store(string provider)
    {
        using var factory = new FeminaBotFactory();
        factory.Settings["Storage:Provider"] = provider;
        factory.Settings["Storage:SqlitePath"] = Path.Combine(_directory, "feminabot.db");
        if (provider == "Redis")
        {
            redis.Require();
            factory.Settings["Storage:Redis"] = redis.Endpoint;
            factory.Settings["Storage:RedisKeyPrefix"] = $"delete-{Guid.NewGuid():N}:";
        }

        var storage = factory.Services.GetRequiredService<IStorage>();
        string[] keys = ["emulator/conversations/c-delete", "emulator/users/u-delete"];
        await SayAsync(factory, "a1", "I have chills and a lump");
        Assert.NotEmpty(await storage.ReadAsync(keys, default));

        var replies = await SayAsync(factory, "a2", "delete my data");

        Assert.Equal(["Done. I've deleted what you told me. If you need help again, just say hi."], replies);
        Assert.Empty(await storage.ReadAsync(keys, default));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static async Task<List<string>> SayAsync(FeminaBotFactory factory, string id, string text)
    {
        var body = JsonSerializer.Serialize(new
        {
            type = "message",
            id,
            text,
            channelId = "emulator",
            serviceUrl = "http://127.0.0.1:9/",
            deliveryMode = "expectReplies",
            from = new { id = "u-delete" },
            recipient = new { id = "bot" },
            conversation = new { id = "c-delete" },
            locale = "en-US",
        });
        var response = await factory.CreateClient().PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("activities").EnumerateArray()
            .Select(a => a.GetProperty("text").GetString()!).ToList();
    }
}
