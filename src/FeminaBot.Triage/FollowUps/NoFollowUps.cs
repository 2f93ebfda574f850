using FeminaBot.Conversations.Schema;

namespace FeminaBot.Triage.FollowUps;

/// <summary>No check-ins: where nothing can reach the person later (the console, the warm-up, the evaluation).</summary>
public sealed class NoFollowUps : IFollowUps
{
    public static readonly NoFollowUps Instance = new();

    public DateTimeOffset? DueFor(Activity activity, DateTimeOffset now) => null;

    public Task ScheduleAsync(Activity activity, CheckIn checkIn, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CancelAsync(Activity activity, CancellationToken cancellationToken) => Task.CompletedTask;
}
