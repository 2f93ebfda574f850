namespace FeminaBot.Hosting;

/// <summary>
/// Where the program finds its page (wwwroot) and appsettings.json: the folder given with
/// <c>--contentRoot</c> or <c>ASPNETCORE_CONTENTROOT</c>, else the program's own folder, so that
/// <c>dotnet /path/FeminaBot.dll</c> serves the page from any working directory.
/// </summary>
internal static class ContentRoot
{
    public static WebApplicationOptions Options(string[] args)
    {
        var given = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[HostDefaults.ContentRootKey];
        return new WebApplicationOptions { Args = args, ContentRootPath = string.IsNullOrEmpty(given) ? AppContext.BaseDirectory : null };
    }
}
