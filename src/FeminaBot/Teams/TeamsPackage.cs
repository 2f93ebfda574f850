using System.IO.Compression;
using System.Text;

namespace FeminaBot.Teams;

/// <summary>
/// Builds the Teams app package to sideload: <c>teams/manifest.json</c> with the bot's app id and the
/// clinic's web addresses filled in, and its two icons, zipped at the root as Teams expects.
/// </summary>
internal static class TeamsPackage
{
    private static readonly string[] UrlOptions = ["--website", "--privacy", "--terms"];

    public const string Usage = """
        Usage:
          dotnet run --project src/FeminaBot -- teams-package --app-id <MicrosoftAppId> --website <https://...>
              --privacy <https://...> --terms <https://...> [--out feminabot-teams.zip]
        """;

    /// <summary>Runs the <c>teams-package</c> command; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var options = Options(args);
        var appId = options.GetValueOrDefault("--app-id");
        var urls = UrlOptions.ToDictionary(k => k, k => options.GetValueOrDefault(k));
        if (!Guid.TryParse(appId, out _))
        {
            error.WriteLine("teams-package: --app-id must be the bot's Microsoft App ID (a GUID).");
            error.WriteLine(Usage);
            return 2;
        }

        foreach (var (name, url) in urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            {
                error.WriteLine($"teams-package: {name} must be an https address.");
                error.WriteLine(Usage);
                return 2;
            }
        }

        var target = Path.GetFullPath(options.GetValueOrDefault("--out") ?? "feminabot-teams.zip");
        Create(FindTeamsFolder(), target, appId!, urls["--website"]!, urls["--privacy"]!, urls["--terms"]!);
        output.WriteLine($"Teams app package written to {target}. Upload it in Teams: Apps > Manage your apps > Upload an app.");
        return 0;
    }

    /// <summary>Writes the zip: the filled-in manifest and the two icons, at its root.</summary>
    public static void Create(string teamsFolder, string target, string appId, string websiteUrl, string privacyUrl, string termsUrl)
    {
        var manifest = File.ReadAllText(Path.Combine(teamsFolder, "manifest.json"))
            .Replace("{{MicrosoftAppId}}", appId, StringComparison.Ordinal)
            .Replace("{{WebsiteUrl}}", websiteUrl, StringComparison.Ordinal)
            .Replace("{{PrivacyUrl}}", privacyUrl, StringComparison.Ordinal)
            .Replace("{{TermsOfUseUrl}}", termsUrl, StringComparison.Ordinal);
        File.Delete(target);
        using var zip = ZipFile.Open(target, ZipArchiveMode.Create);
        using (var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open(), new UTF8Encoding(false)))
        {
            writer.Write(manifest);
        }

        zip.CreateEntryFromFile(Path.Combine(teamsFolder, "color.png"), "color.png");
        zip.CreateEntryFromFile(Path.Combine(teamsFolder, "outline.png"), "outline.png");
    }

    /// <summary>The repository's teams/ folder, from the working directory up.</summary>
    public static string FindTeamsFolder()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "teams");
            if (File.Exists(Path.Combine(candidate, "manifest.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The teams/ folder with manifest.json was not found above the working directory.");
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            options[args[i]] = args[i + 1];
        }

        return options;
    }
}
