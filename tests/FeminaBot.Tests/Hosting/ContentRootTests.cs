using System.Net;

namespace FeminaBot.Tests.Hosting;

/// <summary>The program started as an operator starts it: <c>dotnet /path/FeminaBot.dll</c> from a folder of its own.</summary>
public sealed class ContentRootTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-elsewhere-").FullName;

    [Fact]
    public async Task Started_from_another_working_directory_without_a_content_root_it_serves_the_chat_page()
    {
        await using var program = await RunningProgram.StartAsync(Path.Combine(_directory, "feminabot.db"), repositoryContentRoot: false);
        using var http = new HttpClient { BaseAddress = program.Address };

        var page = await http.GetAsync(new Uri("/", UriKind.Relative));
        var bundle = await http.GetAsync(new Uri("/lib/webchat.js", UriKind.Relative));
        var script = await http.GetAsync(new Uri("/chat.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<script src=\"lib/webchat.js\"></script>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.False(Directory.Exists(Path.Combine(_directory, "wwwroot")));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
