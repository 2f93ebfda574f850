using FeminaBot.Conversations.Storage;
using FeminaBot.Hosting;
using FeminaBot.Storage.Redis;
using FeminaBot.Storage.Sqlite;
using FeminaBot.Triage;
using FeminaBot.Triage.Content;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace FeminaBot.Bot;

/// <summary>Registers the bot, its content, its state and its store.</summary>
internal static class BotServices
{
    public static IServiceCollection AddFeminaBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotIdentityOptions>().Bind(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => TriageContent.Load(configuration["Dialogs:Path"] ?? TriageContent.FindDirectory()));
        // Made only when something asks for Redis: the Redis store, and Direct Line's shared log.
        services.AddSingleton<IConnectionMultiplexer>(provider => ConnectRedis(provider.GetRequiredService<IOptions<StorageOptions>>().Value.Redis));
        // The one SQLite file of the process: the state and the Direct Line log share it and its writer.
        services.AddSingleton(provider => SqliteDatabase.Open(provider.GetRequiredService<IOptions<StorageOptions>>().Value.SqlitePath));
        services.AddSingleton<IStorage>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            IStorage store = options.Provider switch
            {
                StorageProvider.Memory => new MemoryStorage(options.Retention, provider.GetRequiredService<TimeProvider>()),
                StorageProvider.Redis => new RedisStorage(provider.GetRequiredService<IConnectionMultiplexer>(), options.RedisKeyPrefix, options.Retention),
                _ => new SqliteStorage(provider.GetRequiredService<SqliteDatabase>(), provider.GetRequiredService<TimeProvider>(), options.Retention),
            };
            return new ResilientStorage(store, options.BreakDuration, options.BreakerMinimumThroughput);
        });
        services.AddSingleton(provider => new TriagePipeline(
            provider.GetRequiredService<TriageContent>(),
            provider.GetRequiredService<IStorage>(),
            provider.GetRequiredService<TimeProvider>()));
        if (configuration.GetValue("Warmup:Enabled", true))
        {
            services.AddHostedService<WarmupService>();
        }
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage");
        services.Configure<HealthCheckOptions>(health => health.ResponseWriter = HealthResponse.WriteAsync);
        return services;
    }

    // Start even while Redis is down, and reconnect by itself when it returns.
    private static ConnectionMultiplexer ConnectRedis(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        return ConnectionMultiplexer.Connect(options);
    }
}
