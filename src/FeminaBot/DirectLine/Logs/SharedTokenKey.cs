using System.Security.Cryptography;
using FeminaBot.Conversations.Storage;
using FeminaBot.Storage.Redis;
using StackExchange.Redis;

namespace FeminaBot.DirectLine.Logs;

/// <summary>
/// The key that signs Direct Line tokens when no secret is configured and instances share Redis:
/// the first instance to ask stores a random one, every instance uses it, so a token one issues
/// another honours. Whoever can read Redis can read every conversation anyway.
/// </summary>
internal static class SharedTokenKey
{
    public static byte[] Load(IConnectionMultiplexer redis, string keyPrefix)
    {
        var key = keyPrefix + "directline:token-key";
        return RedisFailures.Guard(() =>
        {
            var database = redis.GetDatabase();
            database.StringSet(key, RandomNumberGenerator.GetBytes(32), when: When.NotExists);
            return (byte[]?)database.StringGet(key) ?? throw new StorageUnavailableException("The Direct Line token key vanished from Redis.");
        });
    }
}
