using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace FeminaBot.Hosting;

/// <summary>
/// Forwarded headers believed from the configured proxies only. ASP.NET's own switch
/// (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c>) would trust them from anyone, so it is turned off
/// here and <c>ForwardedHeaders:KnownProxies</c> / <c>KnownNetworks</c> decide instead.
/// </summary>
internal static partial class KnownProxies
{
    // ASP.NET's key for the environment variable above; it clears the trusted lists and adds its own middleware.
    private const string FrameworkSwitch = "ForwardedHeaders_Enabled";

    public static WebApplicationBuilder AddKnownProxies(this WebApplicationBuilder builder)
    {
        var frameworkSwitchWasOn = string.Equals(builder.Configuration[FrameworkSwitch], "true", StringComparison.OrdinalIgnoreCase);
        builder.Configuration.AddInMemoryCollection([new(FrameworkSwitch, "false")]);
        builder.Services.AddOptions<ForwardedHeadersSettings>().Bind(builder.Configuration.GetSection(ForwardedHeadersSettings.Section))
            .Validate(s => s.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "ForwardedHeaders:KnownProxies must be IP addresses.")
            .Validate(s => s.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), "ForwardedHeaders:KnownNetworks must be networks in CIDR notation, such as 10.0.0.0/24.")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((options, settings) => Apply(options, settings.Value));
        if (frameworkSwitchWasOn)
        {
            builder.Services.AddHostedService(provider => new SwitchNotice(provider.GetRequiredService<ILogger<SwitchNotice>>()));
        }

        return builder;
    }

    /// <summary>Trusts exactly the configured proxies; with none configured, loopback.</summary>
    public static void Apply(ForwardedHeadersOptions options, ForwardedHeadersSettings settings)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        if (settings.KnownProxies.Length == 0 && settings.KnownNetworks.Length == 0)
        {
            options.KnownIPNetworks.Add(new System.Net.IPNetwork(IPAddress.Loopback, 8));
            options.KnownProxies.Add(IPAddress.IPv6Loopback);
            return;
        }

        foreach (var proxy in settings.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in settings.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }

    private sealed partial class SwitchNotice(ILogger<SwitchNotice> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            LogIgnored(logger);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Warning, Message = "ASPNETCORE_FORWARDEDHEADERS_ENABLED is ignored: it would trust X-Forwarded-For from anyone. Forwarded headers are believed from ForwardedHeaders:KnownProxies and KnownNetworks only (loopback when neither is set).")]
        private static partial void LogIgnored(ILogger logger);
    }
}
