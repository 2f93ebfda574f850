using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage.FollowUps;

namespace FeminaBot.Triage.Tests.FollowUps;

/// <summary>Check-ins as a host keeps them, in memory: a day later, never from 8 PM to 8 AM in Los Angeles, on every channel but the console.</summary>
internal sealed class ClinicFollowUps : IFollowUps
{
    public static readonly CheckInTiming Timing = new(
        TimeSpan.FromHours(24),
        new QuietHours(new TimeOnly(20, 0), new TimeOnly(8, 0), Clinic.Content.Offices.TimeZone));

    /// <summary>The check-in each conversation has, by conversation id.</summary>
    public Dictionary<string, CheckIn> Pending { get; } = new(StringComparer.Ordinal);

    public int Cancelled { get; private set; }

    public DateTimeOffset? DueFor(Activity activity, DateTimeOffset now) =>
        activity.ChannelId == Channels.Console ? null : Timing.DueAfter(now);

    public Task ScheduleAsync(ITurnContext turnContext, CheckIn checkIn, CancellationToken cancellationToken)
    {
        Pending[turnContext.Activity.Conversation!.Id!] = checkIn;
        return Task.CompletedTask;
    }

    public Task CancelAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (Pending.Remove(turnContext.Activity.Conversation!.Id!))
        {
            Cancelled++;
        }

        return Task.CompletedTask;
    }
}
