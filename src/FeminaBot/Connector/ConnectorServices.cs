using System.Net;
using FeminaBot.Connector.Authentication;
using FeminaBot.Hosting;
using Microsoft.Extensions.Options;

namespace FeminaBot.Connector;

/// <summary>Registers /api/messages: authentication, the adapter, and the resilient client for replies.</summary>
internal static class ConnectorServices
{
    public static IServiceCollection AddConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotIdentityOptions>().Bind(configuration);
        services.AddOptions<BotAuthenticationOptions>().Bind(configuration);
        services.AddOptions<ConnectorCredentialOptions>().Bind(configuration);
        services.AddOptions<ConnectorOptions>().Bind(configuration.GetSection(ConnectorOptions.Section));
        services.AddSingleton<BotAuthenticator>();
        services.AddSingleton<TrustedServiceUrls>();
        services.AddSingleton<ConnectorTokenProvider>();
        services.AddTransient<ConnectorAuthorizationHandler>();
        services.AddSingleton<ConnectorAdapter>();
        services.AddHttpClient(ConnectorTokenProvider.HttpClientName);
        var client = services.AddHttpClient(ConnectorAdapter.HttpClientName);
        client.AddResilienceHandler("connector", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
            pipeline.AddOutboundResilience(
                // A 429 or 5xx means the connector did not take the reply; an attempt that timed
                // out may have been taken, so it is not sent again.
                outcome => outcome.Result is { } response && (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500),
                options.MaxRetries,
                options.RetryBaseDelay,
                options.BreakerMinimumThroughput,
                options.BreakDuration,
                options.AttemptTimeout);
        });

        // Inside the retries, so every attempt carries a token that is still valid.
        client.AddHttpMessageHandler<ConnectorAuthorizationHandler>();
        return services;
    }
}
