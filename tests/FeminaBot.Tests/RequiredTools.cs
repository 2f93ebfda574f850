namespace FeminaBot.Tests;

/// <summary>
/// Tools some tests need from the machine. Missing, they skip such a test with the reason, except
/// in CI (<c>FEMINABOT_REQUIRE_ALL=1</c>), where a missing tool fails it.
/// </summary>
internal static class RequiredTools
{
    public const string Chromium = "/usr/bin/chromium";
    public const string ChromeDriver = "/usr/bin/chromedriver";
    public const string Nginx = "/usr/sbin/nginx";

    public static void RequireChromium() =>
        Require("Browser tests need Debian's chromium and chromium-driver", "apt-get install -y chromium chromium-driver", Chromium, ChromeDriver);

    public static void RequireNginx() =>
        Require("The load-balancer test needs Debian's nginx", "apt-get install -y nginx-light", Nginx);

    private static void Require(string what, string install, params string[] paths)
    {
        var missing = paths.Where(path => !File.Exists(path)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var reason = $"{what} ({string.Join(", ", missing)} missing): {install}";
        if (Environment.GetEnvironmentVariable("FEMINABOT_REQUIRE_ALL") == "1")
        {
            throw new InvalidOperationException(reason);
        }

        Skip.If(true, reason);
    }
}
