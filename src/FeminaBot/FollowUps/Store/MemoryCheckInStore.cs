namespace FeminaBot.FollowUps.Store;

/// <summary>Check-ins in this process's memory, for the Memory store: lost on restart, like the state beside them.</summary>
internal sealed class MemoryCheckInStore : ICheckInStore
{
    private readonly Dictionary<string, (PendingCheckIn CheckIn, DateTimeOffset HeldUntil)> _byConversation = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public Task ScheduleAsync(PendingCheckIn checkIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        lock (_lock)
        {
            _byConversation[checkIn.Conversation] = (checkIn, DateTimeOffset.MinValue);
        }

        return Task.CompletedTask;
    }

    public Task CancelAsync(string conversation, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _byConversation.Remove(conversation);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PendingCheckIn>> ClaimAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var due = _byConversation.Values
                .Where(entry => entry.CheckIn.Due <= now && entry.HeldUntil <= now)
                .OrderBy(entry => entry.CheckIn.Due)
                .Take(max)
                .Select(entry => entry.CheckIn)
                .ToList();
            foreach (var checkIn in due)
            {
                _byConversation[checkIn.Conversation] = (checkIn, now + lease);
            }

            return Task.FromResult<IReadOnlyList<PendingCheckIn>>(due);
        }
    }

    public Task CompleteAsync(PendingCheckIn checkIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        lock (_lock)
        {
            if (_byConversation.TryGetValue(checkIn.Conversation, out var entry) && entry.CheckIn.Id == checkIn.Id)
            {
                _byConversation.Remove(checkIn.Conversation);
            }
        }

        return Task.CompletedTask;
    }
}
