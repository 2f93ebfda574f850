namespace FeminaBot.Hosting;

/// <summary>
/// The <c>healthcheck</c> command: asks a running FeminaBot's <c>/healthz</c> and exits 0 when it is
/// healthy, 1 otherwise. Container images have no curl; the image's HEALTHCHECK runs this.
/// </summary>
internal static class HealthProbe
{
    /// <summary>Where the program listens when nothing else is said.</summary>
    public const string DefaultAddress = "http://localhost:3978/healthz";

    /// <summary>Runs the command; <c>healthcheck [address]</c>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        var address = args.Length > 1 ? args[1] : DefaultAddress;
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            await error.WriteLineAsync($"healthcheck: '{address}' is not an http address; use: healthcheck http://localhost:8080/healthz");
            return 2;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(4) };
        try
        {
            using var response = await http.GetAsync(uri);
            if (response.IsSuccessStatusCode)
            {
                return 0;
            }

            // /healthz says which check failed and why; the container's health log keeps it.
            var reason = (await response.Content.ReadAsStringAsync()).ReplaceLineEndings(" ").Trim();
            await error.WriteLineAsync($"healthcheck: {uri} answered {(int)response.StatusCode} {reason}".TrimEnd());
            return 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await error.WriteLineAsync($"healthcheck: {uri} did not answer ({e.Message})");
            return 1;
        }
    }
}
