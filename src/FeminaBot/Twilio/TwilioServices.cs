using System.Net;
using System.Net.Sockets;
using FeminaBot.Hosting;
using Microsoft.Extensions.Options;

namespace FeminaBot.Twilio;

/// <summary>Registers the SMS channel and its resilient Twilio client.</summary>
internal static class TwilioServices
{
    public static IServiceCollection AddTwilio(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TwilioOptions>().Bind(configuration.GetSection(TwilioOptions.Section))
            .Validate(o => o.MaxSegmentsPerMessage is >= 1 and <= 10, "Twilio:MaxSegmentsPerMessage must be from 1 to 10.")
            .ValidateOnStart();
        services.AddSingleton<SmsNumberKeys>();
        services.AddSingleton<SmsNumberSeal>();
        services.AddSingleton<SmsOptOuts>();
        services.AddSingleton<SmsDeduplication>();
        services.AddSingleton<TwilioMessagesClient>();
        services.AddSingleton<TwilioAdapter>();
        services.AddHttpClient(TwilioMessagesClient.HttpClientName)
            .AddResilienceHandler("twilio", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<TwilioOptions>>().Value;
                pipeline.AddOutboundResilience(
                    // Only answers Twilio gives before accepting a message, or a connection that
                    // never opened: a retry then cannot send a text twice.
                    outcome => outcome.Result?.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
                        || outcome.Exception is HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } },
                    maxRetries: 4,
                    options.RetryBaseDelay,
                    breakerMinimumThroughput: 10,
                    breakDuration: TimeSpan.FromSeconds(30),
                    attemptTimeout: TimeSpan.FromSeconds(15));
            });
        return services;
    }
}
