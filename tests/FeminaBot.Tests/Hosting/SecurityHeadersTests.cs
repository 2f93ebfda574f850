using System.Net;

namespace FeminaBot.Tests.Hosting;

/// <summary>The headers the real program sends with its page and every other answer.</summary>
public sealed class SecurityHeadersTests : IDisposable
{
    private const string ClinicSite = "https://clinic.example.org";
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-headers-").FullName;

    [Fact]
    public async Task The_page_has_a_policy_that_allows_only_its_own_scripts_and_framing_by_the_clinics_site()
    {
        await using var program = await RunningProgram.StartAsync(Path.Combine(_directory, "feminabot.db"), new Dictionary<string, string>
        {
            ["DirectLine:AllowedOrigins:0"] = ClinicSite,
        });
        using var http = new HttpClient { BaseAddress = program.Address };

        using var page = await http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var policy = Directives(page);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'self' 'unsafe-inline'", policy["style-src"]);
        Assert.Equal("'self'", policy["connect-src"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal($"'self' {ClinicSite}", policy["frame-ancestors"]);
        Assert.Equal(["nosniff"], page.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(["no-referrer"], page.Headers.GetValues("Referrer-Policy"));
        Assert.False(page.Headers.Contains("Server"), "The answer names its server.");
    }

    [Fact]
    public async Task Every_answer_forbids_MIME_sniffing_and_names_no_server()
    {
        await using var program = await RunningProgram.StartAsync(Path.Combine(_directory, "feminabot.db"));
        using var http = new HttpClient { BaseAddress = program.Address };
        (HttpMethod Method, string Path, HttpStatusCode Status)[] requests =
        [
            (HttpMethod.Get, "/lib/webchat.js", HttpStatusCode.OK),
            (HttpMethod.Get, "/healthz", HttpStatusCode.OK),
            (HttpMethod.Post, "/api/directline/token", HttpStatusCode.OK),
            (HttpMethod.Get, "/no-such-page", HttpStatusCode.NotFound),
            (HttpMethod.Post, "/v3/directline/conversations", HttpStatusCode.Unauthorized),
        ];

        foreach (var (method, path, status) in requests)
        {
            using var response = await http.SendAsync(new HttpRequestMessage(method, new Uri(path, UriKind.Relative)));

            Assert.Equal(status, response.StatusCode);
            Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
            Assert.False(response.Headers.Contains("Server"), $"{method} {path} names its server.");
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static Dictionary<string, string> Directives(HttpResponseMessage response) =>
        string.Join(';', response.Headers.GetValues("Content-Security-Policy"))
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(directive => directive.Split(' ', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : string.Empty, StringComparer.Ordinal);
}
