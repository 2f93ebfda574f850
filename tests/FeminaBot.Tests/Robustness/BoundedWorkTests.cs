using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FeminaBot.Tests.Hosting;

namespace FeminaBot.Tests.Robustness;

/// <summary>
/// No message can make the real server work for long: a message over the length the bot reads gets a
/// kind answer at once, and the longest message it does read, however it is written, is read quickly.
/// The bound is generous (a slow machine passes); before the bound, 64 KiB took 42 seconds.
/// </summary>
public sealed class BoundedWorkTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(2);
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-bounded-").FullName;
    private RunningProgram? _program;
    private HttpClient? _http;

    public static TheoryData<string> LongestReadMessages => new()
    {
        "is the office open on monday at 5pm ",
        "1 2 3 4 5 6 7 8 9 0 ",
        "fever chills lump not red no pain, ",
        "wantt to diee lefft brest hott ",
    };

    [Fact]
    public async Task A_64_KiB_message_is_answered_kindly_and_at_once()
    {
        var conversation = await StartConversationAsync();
        var text = Repeat("is the office open on monday at 5pm 1 2 3 ", 64 * 1024);

        var watch = Stopwatch.StartNew();
        var posted = await PostMessageAsync(conversation, text);
        var took = watch.Elapsed;

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.True(took < Bound, $"took {took}");
        var replies = await BotRepliesAsync(conversation);
        Assert.StartsWith("That message is longer than I can read at once.", replies[^1], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(LongestReadMessages))]
    public async Task The_longest_message_the_bot_reads_is_read_at_once(string unit)
    {
        var conversation = await StartConversationAsync();
        var text = Repeat(unit, 5000);

        // The same words once, short: models the words need are loaded before the long one is timed.
        (await PostMessageAsync(conversation, Repeat(unit, 100))).EnsureSuccessStatusCode();

        var watch = Stopwatch.StartNew();
        var posted = await PostMessageAsync(conversation, text);
        var took = watch.Elapsed;

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.True(took < Bound, $"took {took}");
        Assert.DoesNotContain(await BotRepliesAsync(conversation), reply => reply.StartsWith("That message is longer", StringComparison.Ordinal));
    }

    public async Task InitializeAsync()
    {
        _program = await RunningProgram.StartAsync(Path.Combine(_directory, "feminabot.db"));
        _http = new HttpClient { BaseAddress = _program.Address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public void Dispose() => _http?.Dispose();

    public async Task DisposeAsync()
    {
        if (_program is not null)
        {
            await _program.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    private static string Repeat(string unit, int length) => string.Concat(Enumerable.Repeat(unit, (length / unit.Length) + 1))[..length];

    private async Task<(string Id, string Token)> StartConversationAsync()
    {
        var token = await (await _http!.PostAsync(new Uri("api/directline/token", UriKind.Relative), null)).Content.ReadFromJsonAsync<JsonElement>();
        var conversation = (token.GetProperty("conversationId").GetString()!, token.GetProperty("token").GetString()!);
        using var start = Request(HttpMethod.Post, "v3/directline/conversations", conversation.Item2);
        (await _http.SendAsync(start)).EnsureSuccessStatusCode();

        // A first short turn, so the measured one is no program's first.
        (await PostMessageAsync(conversation, "hi")).EnsureSuccessStatusCode();
        return conversation;
    }

    private Task<HttpResponseMessage> PostMessageAsync((string Id, string Token) conversation, string text)
    {
        var request = Request(HttpMethod.Post, $"v3/directline/conversations/{conversation.Id}/activities", conversation.Token);
        request.Content = new StringContent(JsonSerializer.Serialize(new { type = "message", text, from = new { id = "parent" } }), Encoding.UTF8, "application/json");
        return _http!.SendAsync(request);
    }

    private async Task<List<string>> BotRepliesAsync((string Id, string Token) conversation)
    {
        using var request = Request(HttpMethod.Get, $"v3/directline/conversations/{conversation.Id}/activities", conversation.Token);
        var set = await (await _http!.SendAsync(request)).Content.ReadFromJsonAsync<JsonElement>();
        return set.GetProperty("activities").EnumerateArray()
            .Where(a => a.GetProperty("from").GetProperty("role").GetString() == "bot" && a.TryGetProperty("text", out _))
            .Select(a => a.GetProperty("text").GetString()!)
            .ToList();
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string token)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
