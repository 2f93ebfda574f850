using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace FeminaBot.Hosting;

/// <summary>
/// The one shape of resilience for the bot's outbound calls (Bot Connector replies, Twilio texts):
/// retries with exponential backoff and jitter that honour Retry-After, for the answers the caller
/// says are safe to resend; a circuit breaker; and a timeout per attempt.
/// </summary>
internal static class OutboundResilience
{
    public static void AddOutboundResilience(
        this ResiliencePipelineBuilder<HttpResponseMessage> pipeline,
        Func<Outcome<HttpResponseMessage>, bool> safeToResend,
        int maxRetries,
        TimeSpan retryBaseDelay,
        int breakerMinimumThroughput,
        TimeSpan breakDuration,
        TimeSpan attemptTimeout)
    {
        // Waits between network attempts run on real time, whatever clock the bot reads "now" from.
        pipeline.TimeProvider = TimeProvider.System;
        pipeline
            .AddRetry(new HttpRetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(safeToResend(args.Outcome)),
                MaxRetryAttempts = maxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = retryBaseDelay,
                ShouldRetryAfterHeader = true,
            })
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                SamplingDuration = TimeSpan.FromSeconds(30),
                MinimumThroughput = breakerMinimumThroughput,
                FailureRatio = 0.5,
                BreakDuration = breakDuration,
            })
            .AddTimeout(attemptTimeout);
    }
}
