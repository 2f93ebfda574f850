using FeminaBot.Conversations.Storage;
using FeminaBot.DirectLine;
using FeminaBot.DirectLine.Logs;
using FeminaBot.FollowUps.Store;
using FeminaBot.Storage.Redis;
using FeminaBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace FeminaBot.Storage;

/// <summary>
/// The one place that reads <c>Storage</c> and chooses by its provider: the state store (behind the
/// breaker, with its health check), and beside it the Direct Line log, its token key and the pending
/// check-ins, so everything the program keeps lives in the same place (SQLite: one file; Redis:
/// shared by every instance; Memory: this process, bounded).
/// </summary>
internal static class StorageServices
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // Made only when the provider asks for them: the program's one Redis connection, and its one
        // SQLite file, whose writer the state, the Direct Line log and the check-ins share.
        services.AddSingleton<IConnectionMultiplexer>(provider => ConnectRedis(Options(provider).Redis));
        services.AddSingleton(provider => SqliteDatabase.Open(Options(provider).SqlitePath));

        services.AddSingleton<IStorage>(provider =>
        {
            var options = Options(provider);
            var clock = provider.GetRequiredService<TimeProvider>();
            IStorage store = options.Provider switch
            {
                StorageProvider.Memory => new MemoryStorage(options.Retention, clock),
                StorageProvider.Redis => new RedisStorage(provider.GetRequiredService<IConnectionMultiplexer>(), options.RedisKeyPrefix, options.Retention),
                _ => new SqliteStorage(provider.GetRequiredService<SqliteDatabase>(), clock, options.Retention),
            };
            return new ResilientStorage(store, options.BreakDuration, options.BreakerMinimumThroughput);
        });
        services.AddSingleton<IDirectLineLog>(provider =>
        {
            var options = Options(provider);
            var clock = provider.GetRequiredService<TimeProvider>();
            var directLine = provider.GetRequiredService<IOptions<DirectLineOptions>>().Value;
            return options.Provider switch
            {
                StorageProvider.Memory => new MemoryDirectLineLog(clock, directLine.MaxConversations, directLine.MaxActivitiesPerConversation),
                StorageProvider.Redis => new RedisDirectLineLog(provider.GetRequiredService<IConnectionMultiplexer>(), options.RedisKeyPrefix, clock),
                _ => new SqliteDirectLineLog(provider.GetRequiredService<SqliteDatabase>(), clock),
            };
        });
        services.AddSingleton<ITokenKeyStore>(provider =>
        {
            var options = Options(provider);
            return options.Provider switch
            {
                StorageProvider.Memory => new ProcessTokenKey(),
                StorageProvider.Redis => new SharedTokenKey(provider.GetRequiredService<IConnectionMultiplexer>(), options.RedisKeyPrefix),
                _ => new SqliteTokenKey(provider.GetRequiredService<SqliteDatabase>()),
            };
        });
        services.AddSingleton<ICheckInStore>(provider =>
        {
            var options = Options(provider);
            return options.Provider switch
            {
                StorageProvider.Memory => new MemoryCheckInStore(),
                StorageProvider.Redis => new RedisCheckInStore(provider.GetRequiredService<IConnectionMultiplexer>(), options.RedisKeyPrefix, provider.GetRequiredService<TimeProvider>()),
                _ => new SqliteCheckInStore(provider.GetRequiredService<SqliteDatabase>()),
            };
        });
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        return services;
    }

    private static StorageOptions Options(IServiceProvider provider) => provider.GetRequiredService<IOptions<StorageOptions>>().Value;

    // Start even while Redis is down, and reconnect by itself when it returns.
    private static ConnectionMultiplexer ConnectRedis(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(options);
    }
}
