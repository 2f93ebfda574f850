using System.ComponentModel.DataAnnotations;

namespace FeminaBot.Hosting;

/// <summary>Where conversation state is kept (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (default: a file that survives restarts), <c>Redis</c> (shared by several instances) or <c>Memory</c> (lost on restart).</summary>
    [Required]
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The SQLite file, relative to the working directory.</summary>
    [Required]
    public string SqlitePath { get; set; } = "data/feminabot.db";

    /// <summary>The StackExchange.Redis connection string, for the Redis provider.</summary>
    public string Redis { get; set; } = "localhost:6379";

    /// <summary>The prefix of every key FeminaBot writes in Redis.</summary>
    public string RedisKeyPrefix { get; set; } = "feminabot:";

    /// <summary>How long the store is left alone after it kept failing, before a trial call.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many store calls in 30 seconds the breaker needs to see before it may open.</summary>
    public int BreakerMinimumThroughput { get; set; } = 10;

    /// <summary>How long unused state is kept, in every store, before it is gone.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);
}

/// <summary>The state stores FeminaBot can use.</summary>
public enum StorageProvider
{
    /// <summary>An embedded SQLite file.</summary>
    Sqlite,

    /// <summary>Process memory; for development and tests.</summary>
    Memory,

    /// <summary>A Redis server shared by every instance.</summary>
    Redis,
}
