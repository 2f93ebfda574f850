using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using FeminaBot.Teams;
using FeminaBot.Tests.Hosting;

namespace FeminaBot.Tests.Teams;

/// <summary>The Teams app package holds what the manifest schema requires (PROTOCOLS.md §3.7).</summary>
public sealed partial class TeamsPackageTests : IDisposable
{
    private const string AppId = "6f1a2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b";
    private readonly string _zip = Path.Combine(Path.GetTempPath(), $"feminabot-teams-{Guid.NewGuid():N}.zip");

    public TeamsPackageTests() => TeamsPackage.Create(
        Path.Combine(RunningProgram.RepositoryRoot, "teams"), _zip, AppId, "https://clinic.example.org", "https://clinic.example.org/privacy", "https://clinic.example.org/terms");

    [Fact]
    public void The_package_holds_the_manifest_and_both_icons_at_its_root()
    {
        using var zip = ZipFile.OpenRead(_zip);

        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public void The_manifest_has_every_required_field_within_its_limits()
    {
        var manifest = Manifest();

        Assert.Matches(@"^1\.\d+$", manifest.GetProperty("manifestVersion").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+$", manifest.GetProperty("version").GetString());
        Assert.Equal(AppId, manifest.GetProperty("id").GetString());
        var developer = manifest.GetProperty("developer");
        Assert.InRange(developer.GetProperty("name").GetString()!.Length, 1, 32);
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.StartsWith("https://", developer.GetProperty(url).GetString(), StringComparison.Ordinal);
        }

        Assert.InRange(manifest.GetProperty("name").GetProperty("short").GetString()!.Length, 1, 30);
        Assert.InRange(manifest.GetProperty("name").GetProperty("full").GetString()!.Length, 1, 100);
        Assert.InRange(manifest.GetProperty("description").GetProperty("short").GetString()!.Length, 1, 80);
        Assert.InRange(manifest.GetProperty("description").GetProperty("full").GetString()!.Length, 1, 4000);
        Assert.Matches(HexColor(), manifest.GetProperty("accentColor").GetString());
        var bot = Assert.Single(manifest.GetProperty("bots").EnumerateArray());
        Assert.Equal(AppId, bot.GetProperty("botId").GetString());
        Assert.Equal(["personal"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        var commands = bot.GetProperty("commandLists")[0].GetProperty("commands").EnumerateArray().Select(c => c.GetProperty("title").GetString()).ToList();
        Assert.Contains("Check my symptoms", commands);
        Assert.Contains("Offices and hours", commands);
        Assert.DoesNotContain("{{", File.ReadAllText(ManifestPath()), StringComparison.Ordinal);
    }

    [Fact]
    public void The_icons_are_a_192_pixel_colour_icon_and_a_32_pixel_outline_on_transparency()
    {
        using var zip = ZipFile.OpenRead(_zip);

        Assert.Equal((192, 192), PngSize(zip.GetEntry("color.png")!));
        Assert.Equal((32, 32), PngSize(zip.GetEntry("outline.png")!));
        Assert.Equal(0, CornerAlpha(zip.GetEntry("outline.png")!));
        Assert.Equal(255, CornerAlpha(zip.GetEntry("color.png")!));
    }

    // The top-left pixel's alpha, from the first row of an 8-bit RGBA PNG.
    private static int CornerAlpha(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var png = buffer.ToArray();
        Assert.Equal(6, png[25]);
        var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            if (type == "IDAT")
            {
                idat.Write(png, at + 8, length);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new ZLibStream(idat, CompressionMode.Decompress);
        var row = new byte[5];
        inflated.ReadExactly(row);
        Assert.Equal(0, row[0]);
        return row[4];
    }

    [Fact]
    public void Bad_arguments_are_refused_with_what_to_give()
    {
        var error = new StringWriter();

        var exit = TeamsPackage.Run(["teams-package", "--app-id", "not-a-guid"], TextWriter.Null, error);

        Assert.Equal(2, exit);
        Assert.Contains("--app-id must be the bot's Microsoft App ID", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        File.Delete(_zip + ".manifest.json");
        File.Delete(_zip);
    }

    private string ManifestPath()
    {
        var path = _zip + ".manifest.json";
        if (!File.Exists(path))
        {
            using var zip = ZipFile.OpenRead(_zip);
            zip.GetEntry("manifest.json")!.ExtractToFile(path);
        }

        return path;
    }

    private JsonElement Manifest() => JsonDocument.Parse(File.ReadAllText(ManifestPath())).RootElement.Clone();

    private static (int Width, int Height) PngSize(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var header = new byte[24];
        stream.ReadExactly(header);
        Assert.Equal("\u0089PNG", System.Text.Encoding.Latin1.GetString(header, 0, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColor();
}
