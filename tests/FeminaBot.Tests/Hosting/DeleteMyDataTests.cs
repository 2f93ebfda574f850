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

    private static Task<List<string>> SayAsync(FeminaBotFactory factory, string id, string text) =>
        EmulatorTurn.SayAsync(factory.CreateClient(), "c-delete", "u-delete", id, text);
}
