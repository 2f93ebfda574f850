using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace FeminaBot.Twilio;

/// <summary>Registers the SMS channel and its resilient Twilio client.</summary>
internal static class TwilioServices
{
    public static IServiceCollection AddTwilio(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TwilioOptions>().Bind(configuration.GetSection(TwilioOptions.Section))
            .Validate(o => o.MaxSegmentsPerMessage is >= 1 and <= 10, "Twilio:MaxSegmentsPerMessage must be from 1 to 10.")
            .ValidateOnStart();
        services.AddSingleton<SmsOptOuts>();
        services.AddSingleton<SmsDeduplication>();
        services.AddSingleton<TwilioMessagesClient>();
        services.AddSingleton<TwilioAdapter>();
        services.AddHttpClient(TwilioMessagesClient.HttpClientName)
            .AddResilienceHandler("twilio", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<TwilioOptions>>().Value;

                // Waits between network attempts run on real time, whatever clock the bot reads "now" from.
                pipeline.TimeProvider = TimeProvider.System;
                pipeline
                    .AddTimeout(TimeSpan.FromSeconds(60))
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        // Only answers Twilio gives before accepting a message, or a connection that
                        // never opened: a retry then cannot send a text twice.
                        ShouldHandle = args => ValueTask.FromResult(
                            args.Outcome.Result?.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
                            || args.Outcome.Exception is HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } }),
                        MaxRetryAttempts = 4,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = options.RetryBaseDelay,
                        ShouldRetryAfterHeader = true,
                    })
                    .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions { SamplingDuration = TimeSpan.FromSeconds(30), MinimumThroughput = 10, FailureRatio = 0.5 })
                    .AddTimeout(TimeSpan.FromSeconds(15));
            });
        return services;
    }
}
