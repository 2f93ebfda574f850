using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FeminaBot.Storage.Tests.Redis;
using FeminaBot.Tests.DirectLine;
using FeminaBot.Tests.Hosting;

namespace FeminaBot.Tests.FollowUps;

/// <summary>
/// Check-ins survive a restart (SQLite) and are sent once by several instances (Redis): the real
/// program, each instance its own process, reached through its Direct Line, with a check-in three
/// seconds after the yes and no quiet hours.
/// </summary>
public sealed class CheckInDurabilityTests(RedisServer redis, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<RedisServer>, IDisposable
{
    private const string CheckInQuestion = "Hi, it's FeminaBot, checking in as promised. How is your breast pain now?";
    private static readonly string[] ToTheClinic = ["my breast hurts when I nurse but no redness, fever, chills or body aches, not full, no lump and no white spot", "no", "Yes, check in"];
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-checkin-").FullName;

    private static readonly Dictionary<string, string> SoonAndAnyHour = new()
    {
        ["FollowUp:Delay"] = "00:00:03",
        ["FollowUp:QuietFrom"] = "00:00",
        ["FollowUp:QuietUntil"] = "00:00",
        ["FollowUp:PollInterval"] = "00:00:00.200",
    };

    [Fact]
    public async Task A_check_in_agreed_to_before_a_restart_is_sent_after_it()
    {
        var database = Path.Combine(_directory, "data", "feminabot.db");
        Chat chat;
        await using (var first = await RunningProgram.StartAsync(database, SoonAndAnyHour))
        {
            chat = await Chat.StartAsync(first.Address);
            await chat.SayAllAsync(ToTheClinic);
            Assert.Contains(await chat.TextsAsync(), text => text?.StartsWith("Okay, I'll check in today", StringComparison.Ordinal) == true);
            await first.StopAsync();
        }

        // Due while no instance runs; the next one sends it.
        await Task.Delay(TimeSpan.FromSeconds(4));
        await using var second = await RunningProgram.StartAsync(database, SoonAndAnyHour);
        chat = chat.On(second.Address);

        await chat.WaitForAsync(CheckInQuestion);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Single(await chat.TextsAsync(), text => text == CheckInQuestion);

        await chat.SayAsync("better");
        await chat.WaitForAsync("A few tips");
        output.WriteLine(string.Join('\n', await chat.TranscriptAsync()));
    }

    [Fact]
    public async Task Delete_my_data_cancels_the_check_in_it_kept()
    {
        await using var program = await RunningProgram.StartAsync(Path.Combine(_directory, "data", "feminabot.db"), new Dictionary<string, string>(SoonAndAnyHour)
        {
            ["Logging:LogLevel:FeminaBot.FollowUps"] = "Information",
        });
        var chat = await Chat.StartAsync(program.Address);
        await chat.SayAllAsync(ToTheClinic);
        await chat.SayAsync("delete my data");
        await chat.WaitForAsync("Done. I've deleted");

        await Task.Delay(TimeSpan.FromSeconds(4));

        Assert.DoesNotContain(CheckInQuestion, await chat.TextsAsync());

        // Gone from the store, not only from the conversation's state: no instance ever took it.
        Assert.Equal(0, Handled(program));
    }

    [SkippableFact]
    public async Task Two_instances_on_one_Redis_send_each_check_in_once()
    {
        redis.Require();
        var prefix = $"checkin-{Guid.NewGuid():N}:";
        await using var first = await StartOnRedisAsync("first", prefix);
        await using var second = await StartOnRedisAsync("second", prefix);

        // Agreed to on either instance; both look for due check-ins every 200 ms.
        var chats = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            var chat = await Chat.StartAsync((i % 2 == 0 ? first : second).Address);
            await chat.SayAllAsync(ToTheClinic);
            return chat;
        }));

        foreach (var chat in chats)
        {
            await chat.WaitForAsync(CheckInQuestion);
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        foreach (var chat in chats)
        {
            Assert.Single(await chat.TextsAsync(), text => text == CheckInQuestion);
        }

        // Each instance logs the check-ins it handled: eight in all, whichever took them.
        Assert.Equal(chats.Length, Handled(first) + Handled(second));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static int Handled(RunningProgram program) =>
        program.Output.Count(line => line.Contains("Check-in", StringComparison.Ordinal) && line.Contains("handled on channel", StringComparison.Ordinal));

    private Task<RunningProgram> StartOnRedisAsync(string name, string prefix) =>
        RunningProgram.StartAsync(Path.Combine(_directory, name, "feminabot.db"), new Dictionary<string, string>(SoonAndAnyHour)
        {
            ["Storage:Provider"] = "Redis",
            ["Storage:Redis"] = redis.Endpoint,
            ["Storage:RedisKeyPrefix"] = prefix,
            ["Logging:LogLevel:FeminaBot.FollowUps"] = "Information",
        });

    /// <summary>A chat page's conversation, through the Direct Line REST API.</summary>
    private sealed class Chat
    {
        private readonly HttpClient _http;
        private readonly string _token;
        private readonly string _conversationId;

        private Chat(HttpClient http, string token, string conversationId)
        {
            _http = http;
            _token = token;
            _conversationId = conversationId;
        }

        public static async Task<Chat> StartAsync(Uri address)
        {
            var http = new HttpClient { BaseAddress = address };
            var issued = await DirectLineClient.Json(await http.PostAsync(new Uri("api/directline/token", UriKind.Relative), null));
            var chat = new Chat(http, issued.GetProperty("token").GetString()!, issued.GetProperty("conversationId").GetString()!);
            (await chat.SendAsync(HttpMethod.Post, "v3/directline/conversations")).EnsureSuccessStatusCode();
            return chat;
        }

        /// <summary>The same conversation through another instance (or the program started again).</summary>
        public Chat On(Uri address) => new(new HttpClient { BaseAddress = address }, _token, _conversationId);

        public async Task SayAllAsync(IEnumerable<string> texts)
        {
            foreach (var text in texts)
            {
                await SayAsync(text);
            }
        }

        public async Task SayAsync(string text) =>
            (await SendAsync(HttpMethod.Post, $"v3/directline/conversations/{_conversationId}/activities", JsonSerializer.Serialize(new
            {
                type = "message",
                text,
                from = new { id = "me", role = "user" },
            }))).EnsureSuccessStatusCode();

        public async Task<List<string?>> TextsAsync() => [.. (await ActivitiesAsync()).Select(DirectLineClient.Text)];

        /// <summary>The transcript as the page shows it: who said what, events left out.</summary>
        public async Task<List<string>> TranscriptAsync() =>
            [.. (await ActivitiesAsync())
                .Where(a => a.GetProperty("type").GetString() == "message")
                .Select(a => $"{(a.GetProperty("from").GetProperty("role").GetString() == "bot" ? "FeminaBot" : "parent")}: {DirectLineClient.Text(a)}")];

        private async Task<List<JsonElement>> ActivitiesAsync()
        {
            var response = await SendAsync(HttpMethod.Get, $"v3/directline/conversations/{_conversationId}/activities?watermark=0");
            response.EnsureSuccessStatusCode();
            var set = await response.Content.ReadFromJsonAsync<JsonElement>();
            return [.. set.GetProperty("activities").EnumerateArray()];
        }

        public async Task WaitForAsync(string start)
        {
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < TimeSpan.FromSeconds(20))
            {
                if ((await TextsAsync()).Any(text => text?.StartsWith(start, StringComparison.Ordinal) == true))
                {
                    return;
                }

                await Task.Delay(100);
            }

            Assert.Fail($"The conversation never heard \"{start}...\".");
        }

        private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json = null)
        {
            var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            if (json is not null)
            {
                request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }

            return _http.SendAsync(request);
        }
    }
}
