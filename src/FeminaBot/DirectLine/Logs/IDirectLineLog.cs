using FeminaBot.Conversations.Schema;

namespace FeminaBot.DirectLine.Logs;

/// <summary>
/// Where Direct Line keeps each conversation's activities for clients to fetch: an append-only log
/// whose activity ids are <c>{conversation}|{sequence}</c> and whose watermark is how many a client has
/// seen. In process memory for one instance; in Redis when several instances serve the same clients.
/// A conversation nobody uses for <see cref="IdleLimit"/> is forgotten, unless it is kept longer.
/// </summary>
internal interface IDirectLineLog
{
    /// <summary>How long a conversation nobody starts or appends to is kept.</summary>
    static TimeSpan IdleLimit => TimeSpan.FromDays(1);

    /// <summary>Marks the conversation started; true only for the first caller on any instance.</summary>
    Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Appends an activity and returns it with its id; every subscriber hears of it.</summary>
    Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces every activity logged so far with an empty event of the same id ("delete my data"):
    /// ids and watermarks stay valid for clients, nothing that was said remains.
    /// </summary>
    Task EraseAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The activities after <paramref name="watermark"/>, and the new watermark.</summary>
    Task<DirectLinePage> AfterAsync(string conversationId, int watermark, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps the conversation at least until <paramref name="until"/>, however idle it is meanwhile (a
    /// check-in is pending, and the page comes back for it); never shortens what it is kept for, and
    /// after <paramref name="until"/> the idle limit holds again.
    /// </summary>
    Task KeepUntilAsync(string conversationId, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>A reader that wakes when the conversation's log grows; dispose it to stop listening.</summary>
    Task<DirectLineSubscription> SubscribeAsync(string conversationId, CancellationToken cancellationToken);
}

/// <summary>What an erased activity becomes: an event Web Chat does not show.</summary>
internal static class ErasedActivity
{
    public const string Name = "feminabot.erased";

    public static Activity Create(string? id) => new() { Type = ActivityTypes.Event, Name = Name, Id = id };
}

/// <summary>Activities after a watermark, and the watermark after them.</summary>
internal sealed record DirectLinePage(IReadOnlyList<Activity> Activities, int Watermark);
