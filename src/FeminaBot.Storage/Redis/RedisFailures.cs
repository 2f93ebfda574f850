using StackExchange.Redis;

namespace FeminaBot.Storage.Redis;

/// <summary>Which failures of a Redis call mean the server is out of reach rather than the call wrong.</summary>
public static class RedisFailures
{
    /// <summary>Whether <paramref name="exception"/> says Redis did not answer (gone, or too slow).</summary>
    public static bool IsUnavailable(Exception exception) =>
        exception is RedisConnectionException or RedisTimeoutException or TimeoutException;
}
