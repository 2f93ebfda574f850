namespace FeminaBot.Triage.FollowUps;

/// <summary>A check-in the person agreed to: its id (so a check-in cancelled or replaced is never sent) and when it is due.</summary>
public sealed record CheckIn(string Id, DateTimeOffset Due)
{
    /// <summary>A new check-in due at <paramref name="due"/>.</summary>
    public static CheckIn At(DateTimeOffset due) => new(Guid.NewGuid().ToString("N"), due);
}
