using FeminaBot.Conversations.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FeminaBot.Storage;

/// <summary>Healthy when the state store answers a read; otherwise Unhealthy, saying why.</summary>
internal sealed class StorageHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // Resolved here, so a store that cannot even be made is a reason, not an empty 500.
            await services.GetRequiredService<IStorage>().ReadAsync(["health/probe"], cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store's own "unavailable" messages say what is wrong with no key, path or address.
            var reason = e is StorageUnavailableException ? e.Message : e.GetType().Name;
            return HealthCheckResult.Unhealthy($"The state store did not answer: {reason}", e);
        }
    }
}
