using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Triage.FollowUps;

/// <summary>No check-ins: where nothing can reach the person later (the console, the warm-up, the evaluation).</summary>
public sealed class NoFollowUps : IFollowUps
{
    public static readonly NoFollowUps Instance = new();

    public DateTimeOffset? DueFor(Activity activity, DateTimeOffset now) => null;

    public Task ScheduleAsync(ITurnContext turnContext, CheckIn checkIn, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CancelAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;
}
