
namespace FeminaBot.Tests.Hosting;

public sealed class RestartTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-restart-").FullName;

    [Fact]
    public async Task Stopping_the_program_mid_triage_and_starting_it_again_continues_from_the_SQLite_file()
    {
        var database = Path.Combine(_directory, "data", "feminabot.db");
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);

        await using (var first = await RunningProgram.StartAsync(database))
        {
            var replies = await SayAsync(first.Address, "a1", "I have a plugged duct");
            Assert.Contains(replies, text => text.StartsWith("First, a quick safety check", StringComparison.Ordinal));
            replies = await SayAsync(first.Address, "a2", "no");
            Assert.Contains("Is any part of the breast red, pink, or hot to the touch?", replies);
            await first.StopAsync();
        }

        await using var second = await RunningProgram.StartAsync(database);
        var afterRestart = await SayAsync(second.Address, "a3", "no");

        Assert.Equal(["Have you had a fever since this started? If you took your temperature, tell me the reading."], afterRestart);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static async Task<List<string>> SayAsync(Uri address, string id, string text)
    {
        using var http = new HttpClient { BaseAddress = address };
        return await EmulatorTurn.SayAsync(http, "restart-conversation", "u1", id, text);
    }
}
