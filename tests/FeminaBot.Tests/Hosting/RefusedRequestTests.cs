using System.Net;
using System.Text;

namespace FeminaBot.Tests.Hosting;

/// <summary>What the real program answers and logs for a request over <c>MaxRequestBytes</c>.</summary>
public sealed class RefusedRequestTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-refused-").FullName;

    [Fact]
    public async Task An_oversize_request_is_answered_413_and_logged_as_one_line_without_a_stack_trace()
    {
        await using var program = await RunningProgram.StartAsync(Path.Combine(_directory, "feminabot.db"), new Dictionary<string, string>
        {
            ["MaxRequestBytes"] = "4096",
            ["Logging:LogLevel:FeminaBot"] = "Information",
            ["Logging:Console:FormatterName"] = "systemd",
        });
        using var http = new HttpClient { BaseAddress = program.Address };
        var body = new StringContent(new string('a', 10_000), Encoding.UTF8, "application/json");

        using var response = await http.PostAsync(new Uri("/api/messages", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(await program.WroteAsync("Refused POST /api/messages: the body is over the limit of 4096 bytes (413)"), string.Join('\n', program.Output));
        Assert.DoesNotContain(program.Output, line => line.Contains("Exception", StringComparison.Ordinal) || line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
