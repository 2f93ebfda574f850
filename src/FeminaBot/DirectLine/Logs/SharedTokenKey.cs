using System.Security.Cryptography;
using FeminaBot.Conversations.Storage;
using FeminaBot.Storage.Redis;
using StackExchange.Redis;

namespace FeminaBot.DirectLine.Logs;

/// <summary>
/// The token key when instances share Redis: the first instance to ask stores a random one, every
/// instance uses it, so a token one issues another honours. Whoever can read Redis can read every
/// conversation anyway.
/// </summary>
internal sealed class SharedTokenKey(IConnectionMultiplexer redis, string keyPrefix) : ITokenKeyStore
{
    public byte[] Load()
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
