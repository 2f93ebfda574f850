using FeminaBot.Conversations.Storage;
using FeminaBot.DirectLine.Logs;
using FeminaBot.FollowUps.Store;
using FeminaBot.Storage;
using FeminaBot.Storage.Tests.Redis;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeminaBot.Tests.Storage;

/// <summary><c>Storage:Provider</c> is read in one place, and the Direct Line log, token key and pending check-ins go where the state goes.</summary>
public sealed class StorageChoiceTests(RedisServer redis) : IClassFixture<RedisServer>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-choice-").FullName;

    [SkippableTheory]
    [InlineData("Memory", typeof(MemoryDirectLineLog), typeof(ProcessTokenKey))]
    [InlineData("Sqlite", typeof(SqliteDirectLineLog), typeof(SqliteTokenKey))]
    [InlineData("Redis", typeof(RedisDirectLineLog), typeof(SharedTokenKey))]
    public async Task The_provider_puts_the_Direct_Line_log_and_token_key_beside_the_state(string provider, Type log, Type tokenKey)
    {
        if (provider == "Redis")
        {
            redis.Require();
        }

        using var services = Services(provider);

        Assert.IsType(log, services.GetRequiredService<IDirectLineLog>());
        Assert.IsType(tokenKey, services.GetRequiredService<ITokenKeyStore>());
        Assert.Empty(await services.GetRequiredService<IStorage>().ReadAsync(["nobody/here"], CancellationToken.None));
    }

    [SkippableTheory]
    [InlineData("Memory", typeof(MemoryCheckInStore))]
    [InlineData("Sqlite", typeof(SqliteCheckInStore))]
    [InlineData("Redis", typeof(RedisCheckInStore))]
    public async Task The_provider_keeps_the_pending_check_ins_beside_the_state(string provider, Type store)
    {
        if (provider == "Redis")
        {
            redis.Require();
        }

        using var services = Services(provider);
        var checkIns = services.GetRequiredService<ICheckInStore>();

        Assert.IsType(store, checkIns);
        Assert.Empty(await checkIns.ClaimAsync(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(2), 20, CancellationToken.None));
    }

    private ServiceProvider Services(string provider)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["Storage:SqlitePath"] = Path.Combine(_directory, "feminabot.db"),
            ["Storage:Redis"] = redis.Endpoint,
            ["Storage:RedisKeyPrefix"] = $"choice-{Guid.NewGuid():N}:",
        }).Build();
        return new ServiceCollection().AddLogging().AddStorage(configuration).BuildServiceProvider();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
