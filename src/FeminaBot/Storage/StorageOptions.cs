using System.ComponentModel.DataAnnotations;

namespace FeminaBot.Storage;

/// <summary>
/// Where the program keeps what it keeps (section <c>Storage</c>): the conversation state, and with it
/// the chat widget's Direct Line log and token key.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Relative to the working directory.</summary>
    [Required]
    public string SqlitePath { get; set; } = "data/feminabot.db";

    /// <summary>A StackExchange.Redis connection string, for the Redis provider.</summary>
    [Required]
    public string Redis { get; set; } = "localhost:6379";

    /// <summary>Put before every key FeminaBot writes in Redis, so several programs can share a server.</summary>
    public string RedisKeyPrefix { get; set; } = "feminabot:";

    /// <summary>How long the store is left alone after it kept failing, before a trial call.</summary>
    [Range(typeof(TimeSpan), "00:00:00.5", "1.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many store calls in 30 seconds the breaker needs to see before it may open.</summary>
    [Range(2, int.MaxValue)]
    public int BreakerMinimumThroughput { get; set; } = 10;

    /// <summary>How long state nobody writes to is kept, in every store, before it is gone.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);
}
