using System.Net;
using FeminaBot.Storage.Tests.Redis;
using FeminaBot.Tests.Hosting;

namespace FeminaBot.Tests.DirectLine;

/// <summary>
/// Two instances of the program on one Redis, with no Direct Line secret configured: a page may
/// reach either of them on every request, as behind a load balancer without sticky sessions.
/// </summary>
public sealed class DirectLineAcrossInstancesTests(RedisServer redis) : IClassFixture<RedisServer>, IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly List<FeminaBotFactory> _instances = [];
    private readonly string _prefix = $"dl-across-{Guid.NewGuid():N}:";

    [SkippableFact]
    public async Task A_token_from_one_instance_is_honoured_by_the_other_and_the_greeting_is_there()
    {
        redis.Require();
        var onFirst = new DirectLineClient(Instance());
        await onFirst.StartAsync();
        var onSecond = onFirst.MovedTo(Instance());

        var (activities, _) = await onSecond.GetActivitiesAsync(null);
        var again = await onSecond.SendAsync(HttpMethod.Post, "/v3/directline/conversations");

        Assert.StartsWith("Hi, I'm FeminaBot", DirectLineClient.Text(activities[0]), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(activities, a => DirectLineClient.Text(a)?.StartsWith("Hi, I'm FeminaBot", StringComparison.Ordinal) == true);
    }

    [SkippableFact]
    public async Task A_message_posted_to_one_instance_reaches_a_stream_open_on_the_other()
    {
        redis.Require();
        var onFirst = new DirectLineClient(Instance());
        await onFirst.StartAsync();
        var onSecond = onFirst.MovedTo(Instance());
        using var socket = await onSecond.ConnectAsync(onFirst.StreamUrl);
        await DirectLineClient.ReceiveSetAsync(socket, Wait);

        Assert.Equal(HttpStatusCode.OK, (await onFirst.SayAsync("I have a plugged duct")).StatusCode);

        var heard = await DirectLineClient.CollectUntilAsync(socket, set => set.Any(a => DirectLineClient.Text(a)?.StartsWith("First, a quick safety check", StringComparison.Ordinal) == true), Wait);
        Assert.Equal("I have a plugged duct", DirectLineClient.Text(heard[0]));
    }

    [SkippableFact]
    public async Task A_conversation_whose_requests_alternate_between_instances_reads_as_one_log()
    {
        redis.Require();
        var first = new DirectLineClient(Instance());
        await first.StartAsync();
        var second = first.MovedTo(Instance());

        await first.SayAsync("I have a plugged duct");
        await second.SayAsync("no");
        await first.SayAsync("no");

        var (fromFirst, watermark) = await first.GetActivitiesAsync(null);
        var (fromSecond, _) = await second.GetActivitiesAsync(null);
        Assert.Equal(fromFirst.Select(a => a.GetProperty("id").GetString()), fromSecond.Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(fromFirst.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), watermark);
        Assert.Equal(
            "Have you had a fever since this started? If you took your temperature, tell me the reading.",
            DirectLineClient.Text(fromFirst[^1]));
    }

    public void Dispose()
    {
        foreach (var instance in _instances)
        {
            instance.Dispose();
        }
    }

    private FeminaBotFactory Instance()
    {
        var factory = new FeminaBotFactory();
        factory.Settings["Storage:Provider"] = "Redis";
        factory.Settings["Storage:Redis"] = redis.Endpoint;
        factory.Settings["Storage:RedisKeyPrefix"] = _prefix;
        factory.Settings["DirectLine:Secret"] = string.Empty;
        _instances.Add(factory);
        return factory;
    }
}
