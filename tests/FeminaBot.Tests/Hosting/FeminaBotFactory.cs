using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FeminaBot.Tests.Hosting;

/// <summary>The real program in memory, with memory storage, a known Direct Line secret and a clock the test moves.</summary>
public sealed class FeminaBotFactory : WebApplicationFactory<Program>
{
    public const string Secret = "test-direct-line-secret";

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.Zero));

    public Dictionary<string, string?> Settings { get; } = new()
    {
        ["Storage:Provider"] = "Memory",
        ["DirectLine:Secret"] = Secret,

        // Each test starts a host of its own; the rehearsal at start is covered by the tests that run the real program.
        ["Warmup:Enabled"] = "false",
    };

    /// <summary>More test-only services, such as handlers that trust a fake's certificate.</summary>
    public Action<IServiceCollection>? ExtraServices { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter>(new LoopbackClient());
            ExtraServices?.Invoke(services);
        });
    }
}

/// <summary>The in-memory server's clients are on this machine, as the real server's loopback clients are.</summary>
internal sealed class LoopbackClient : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??= System.Net.IPAddress.Loopback;
            return nextMiddleware(context);
        });
        next(app);
    };
}
