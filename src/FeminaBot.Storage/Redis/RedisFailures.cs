using FeminaBot.Conversations.Storage;
using StackExchange.Redis;

namespace FeminaBot.Storage.Redis;

/// <summary>Which failures of a Redis call mean the server is out of reach rather than the call wrong.</summary>
public static class RedisFailures
{
    /// <summary>Whether <paramref name="exception"/> says Redis did not answer (gone, or too slow).</summary>
    public static bool IsUnavailable(Exception exception) =>
        exception is RedisConnectionException or RedisTimeoutException or TimeoutException;

    /// <summary>Runs a Redis call, reporting Redis out of reach as <see cref="StorageUnavailableException"/> so the host can tell the client to retry.</summary>
    public static async Task<T> GuardAsync<T>(Func<Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return await call();
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw new StorageUnavailableException("Redis did not answer.", e);
        }
    }

    /// <summary>The same for a blocking call.</summary>
    public static T Guard<T>(Func<T> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        try
        {
            return call();
        }
        catch (Exception e) when (IsUnavailable(e))
        {
            throw new StorageUnavailableException("Redis did not answer.", e);
        }
    }
}
