using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace FeminaBot.DirectLine;

/// <summary>
/// How many activities one conversation may post a minute. Counted only once the caller has shown a
/// token for that conversation, so a stranger who knows a conversation id cannot use up its budget.
/// </summary>
internal sealed class ActivityRateLimit(IOptions<DirectLineOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(conversationId =>
        RateLimitPartition.GetFixedWindowLimiter(conversationId, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.ActivitiesPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Whether the conversation may post one more activity now.</summary>
    public bool TryTake(string conversationId)
    {
        using var lease = _limiter.AttemptAcquire(conversationId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
