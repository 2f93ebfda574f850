using FeminaBot.Triage.Content;
using FeminaBot.Triage.FollowUps;
using Microsoft.Extensions.Options;

namespace FeminaBot.FollowUps;

/// <summary>Registers the check-ins: their settings and timing, what the bot asks of them, and the service that sends them. The store is the storage's (Storage/StorageServices.cs).</summary>
internal static class FollowUpServices
{
    public static IServiceCollection AddFollowUps(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FollowUpOptions>().Bind(configuration.GetSection(FollowUpOptions.Section))
            .Validate(o => o.Delay > TimeSpan.Zero, "FollowUp:Delay must be more than zero.")
            .Validate(o => o.PollInterval >= TimeSpan.FromMilliseconds(50) && o.PollInterval <= TimeSpan.FromHours(1), "FollowUp:PollInterval must be from 50 ms to an hour.")
            .Validate(o => o.Lease >= TimeSpan.FromSeconds(1), "FollowUp:Lease must be at least a second.")
            .ValidateOnStart();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<FollowUpOptions>>().Value;
            return new CheckInTiming(options.Delay, new QuietHours(options.QuietFrom, options.QuietUntil, provider.GetRequiredService<TriageContent>().Offices.TimeZone));
        });
        services.AddSingleton<IFollowUps, HostFollowUps>();
        services.AddSingleton<CheckInDispatcher>();
        services.AddHostedService<CheckInService>();
        return services;
    }
}
