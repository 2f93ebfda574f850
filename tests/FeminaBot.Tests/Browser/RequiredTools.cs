namespace FeminaBot.Tests.Browser;

/// <summary>
/// Tools some tests need from the machine. Missing, they skip such a test with the reason, except
/// in CI (<c>FEMINABOT_REQUIRE_ALL=1</c>), where a missing tool fails it.
/// </summary>
internal static class RequiredTools
{
    public const string Chromium = "/usr/bin/chromium";
    public const string ChromeDriver = "/usr/bin/chromedriver";

    public static void RequireChromium()
    {
        var missing = new[] { Chromium, ChromeDriver }.Where(path => !File.Exists(path)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var reason = $"Browser tests need Debian's chromium and chromium-driver ({string.Join(", ", missing)} missing): apt-get install -y chromium chromium-driver";
        if (Environment.GetEnvironmentVariable("FEMINABOT_REQUIRE_ALL") == "1")
        {
            throw new InvalidOperationException(reason);
        }

        Skip.If(true, reason);
    }
}
