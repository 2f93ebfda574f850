using FeminaBot.Conversations.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FeminaBot.Bot;

/// <summary>Healthy when the state store answers a read.</summary>
internal sealed class StorageHealthCheck(IStorage storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.ReadAsync(["health/probe"], cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The state store did not answer.", e);
        }
    }
}
