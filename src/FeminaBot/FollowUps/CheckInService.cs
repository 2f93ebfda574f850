using Microsoft.Extensions.Options;

namespace FeminaBot.FollowUps;

/// <summary>Looks for due check-ins every <see cref="FollowUpOptions.PollInterval"/> on every instance; the store decides which instance sends each.</summary>
internal sealed partial class CheckInService(CheckInDispatcher dispatcher, IOptions<FollowUpOptions> options, TimeProvider clock, ILogger<CheckInService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full batch: more may be due now.
                while (await dispatcher.RunDueAsync(clock.GetUtcNow(), stoppingToken) == CheckInDispatcher.Batch && !stoppingToken.IsCancellationRequested)
                {
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store down: try again at the next poll.
                LogPollFailed(e);
            }

            await Task.Delay(options.Value.PollInterval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for due check-ins failed; trying again at the next poll")]
    private partial void LogPollFailed(Exception exception);
}
