namespace FeminaBot.FollowUps.Store;

/// <summary>
/// Where pending check-ins wait until they are due, beside the conversation state (SQLite for one
/// instance, Redis shared by several, memory for neither): at most one per conversation, taken by one
/// instance at a time with the store's own atomic operations, so with several instances each is sent once.
/// </summary>
internal interface ICheckInStore
{
    /// <summary>Keeps <paramref name="checkIn"/>, replacing any the conversation had (and any claim on it).</summary>
    Task ScheduleAsync(PendingCheckIn checkIn, CancellationToken cancellationToken);

    /// <summary>Forgets the conversation's check-in, whether or not it was claimed.</summary>
    Task CancelAsync(string conversation, CancellationToken cancellationToken);

    /// <summary>
    /// Takes up to <paramref name="max"/> check-ins due by <paramref name="now"/> that nobody holds (or
    /// whose holder's lease ran out), holding each until <paramref name="now"/> + <paramref name="lease"/>;
    /// two callers never get the same one within a lease.
    /// </summary>
    Task<IReadOnlyList<PendingCheckIn>> ClaimAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    /// <summary>Removes a check-in once handled, unless its conversation has replaced it with another meanwhile.</summary>
    Task CompleteAsync(PendingCheckIn checkIn, CancellationToken cancellationToken);
}

/// <summary>A pending check-in: its conversation's key, its id, when it is due, and where to send it (<see cref="CheckInAddress"/>, as bytes).</summary>
internal sealed record PendingCheckIn(string Conversation, string Id, DateTimeOffset Due, byte[] Address);
