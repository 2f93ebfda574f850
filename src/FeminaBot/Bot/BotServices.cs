using FeminaBot.Conversations.Storage;
using FeminaBot.Triage;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.FollowUps;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FeminaBot.Bot;

/// <summary>Registers the bot: its content from dialogs/, and the pipeline every channel adapter runs it through.</summary>
internal static class BotServices
{
    public static IServiceCollection AddFeminaBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DialogsOptions>().Bind(configuration.GetSection(DialogsOptions.Section));
        services.AddOptions<WarmupOptions>().Bind(configuration.GetSection(WarmupOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => TriageLanguages.Load(provider.GetRequiredService<IOptions<DialogsOptions>>().Value.Path ?? TriageContent.FindDirectory()));
        services.AddSingleton(provider => provider.GetRequiredService<TriageLanguages>().Default);
        services.AddSingleton(provider => new TriagePipeline(
            provider.GetRequiredService<TriageLanguages>(),
            provider.GetRequiredService<IStorage>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<IFollowUps>()));
        services.AddHostedService<WarmupService>();
        return services;
    }
}
