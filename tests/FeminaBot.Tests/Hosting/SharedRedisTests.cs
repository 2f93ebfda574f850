using FeminaBot.Storage.Tests.Redis;

namespace FeminaBot.Tests.Hosting;

/// <summary>Two instances of the program sharing one real Redis: a conversation may move between them.</summary>
public sealed class SharedRedisTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [SkippableFact]
    public async Task A_conversation_whose_turns_alternate_between_two_instances_carries_on()
    {
        redis.Require();
        using var first = Instance();
        using var second = Instance();

        Assert.Contains(await SayAsync(first, "a1", "I have a plugged duct"), t => t.StartsWith("First, a quick safety check", StringComparison.Ordinal));
        Assert.Contains("Is any part of the breast red, pink, or hot to the touch?", await SayAsync(second, "a2", "no"));
        Assert.Equal(["Have you had a fever since this started? If you took your temperature, tell me the reading."], await SayAsync(first, "a3", "no"));
    }

    [SkippableFact]
    public async Task A_message_redelivered_to_the_other_instance_is_applied_once()
    {
        redis.Require();
        using var first = Instance();
        using var second = Instance();
        await SayAsync(first, "r1", "I have a plugged duct", "redelivered-conversation");
        await SayAsync(first, "r2", "no", "redelivered-conversation");

        Assert.Empty(await SayAsync(second, "r2", "no", "redelivered-conversation"));
        Assert.Equal(["Have you had a fever since this started? If you took your temperature, tell me the reading."], await SayAsync(second, "r3", "no", "redelivered-conversation"));
    }

    private FeminaBotFactory Instance()
    {
        var factory = new FeminaBotFactory();
        factory.Settings["Storage:Provider"] = "Redis";
        factory.Settings["Storage:Redis"] = redis.Endpoint;
        factory.Settings["Storage:RedisKeyPrefix"] = $"shared-{GetHashCode()}:";
        return factory;
    }

    private static Task<List<string>> SayAsync(FeminaBotFactory instance, string id, string text, string conversation = "shared-conversation") =>
        EmulatorTurn.SayAsync(instance.CreateClient(), conversation, "u1", id, text);
}
