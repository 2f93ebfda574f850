using Microsoft.Extensions.Options;

namespace FeminaBot.DirectLine;

/// <summary>Registers the embedded Direct Line service and its CORS policy.</summary>
internal static class DirectLineServices
{
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.Section))
            .Validate(o => o.TokenLifetime > TimeSpan.FromMinutes(15), "DirectLine:TokenLifetime must outlive Web Chat's 15-minute refresh.")
            // They go into the CORS policy and the page's frame-ancestors as they are.
            .Validate(o => o.AllowedOrigins.All(IsOrigin), "DirectLine:AllowedOrigins must be origins such as https://clinic.example.org: a scheme, a host and an optional port.")
            .Validate(o => o.MaxConversations > 0 && o.MaxActivitiesPerConversation > 0, "DirectLine:MaxConversations and DirectLine:MaxActivitiesPerConversation must be at least 1.")
            .ValidateOnStart();
        // The log (IDirectLineLog) and the token key (ITokenKeyStore) are the store's: Storage/StorageServices.cs.
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<PageResumeWindow>();
        services.AddSingleton<DirectLineAdapter>();
        services.AddSingleton<ActivityRateLimit>();
        services.AddCors();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(DirectLineEndpoints.TokenRateLimit, http =>
            {
                var perMinute = http.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.TokensPerMinute;
                return System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<DirectLineOptions>>((cors, directLine) => cors.AddPolicy(DirectLineEndpoints.CorsPolicy, policy => policy
                .WithOrigins(directLine.Value.AllowedOrigins)
                .WithMethods("GET", "POST", "OPTIONS")
                .WithHeaders("Authorization", "Content-Type", "Accept", "x-ms-bot-agent", "x-requested-with")));
        return services;
    }

    private static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && string.Equals(uri.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase);
}
