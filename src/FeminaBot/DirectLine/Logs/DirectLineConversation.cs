using FeminaBot.Conversations.Schema;

namespace FeminaBot.DirectLine.Logs;

/// <summary>
/// One Direct Line conversation held in process memory: whether it has started, and its newest
/// activities, at most <c>maxActivities</c>. Sequences keep counting past the ones let go, so ids and
/// watermarks stay valid; a client asking from before the kept ones gets what is kept.
/// </summary>
internal sealed class DirectLineConversation(string id, int maxActivities)
{
    private readonly List<Activity> _kept = [];
    private readonly Lock _lock = new();
    private int _dropped;
    private bool _started;

    public string Id { get; } = id;

    /// <summary>When a client last used the conversation; set under the log's lock.</summary>
    public DateTimeOffset LastUsed { get; set; }

    /// <summary>Kept, however idle, until then (a check-in is pending); set under the log's lock.</summary>
    public DateTimeOffset KeptUntil { get; set; }

    /// <summary>Whether the log may forget the conversation at <paramref name="now"/>: idle too long and not kept.</summary>
    public bool IsForgettable(DateTimeOffset now, TimeSpan idleLimit) => now - LastUsed > idleLimit && KeptUntil <= now;

    /// <summary>Marks the conversation started; true only for the first caller.</summary>
    public bool TryStart()
    {
        lock (_lock)
        {
            var first = !_started;
            _started = true;
            return first;
        }
    }

    /// <summary>Appends an activity, giving it its id; the oldest is let go beyond the limit.</summary>
    public Activity Append(Activity activity)
    {
        lock (_lock)
        {
            var stored = activity with { Id = DirectLineIds.ActivityId(Id, _dropped + _kept.Count) };
            _kept.Add(stored);
            if (_kept.Count > maxActivities)
            {
                var excess = _kept.Count - maxActivities;
                _kept.RemoveRange(0, excess);
                _dropped += excess;
            }

            return stored;
        }
    }

    /// <summary>Replaces every activity kept with an erased one of the same id.</summary>
    public void Erase()
    {
        lock (_lock)
        {
            for (var i = 0; i < _kept.Count; i++)
            {
                _kept[i] = ErasedActivity.Create(_kept[i].Id);
            }
        }
    }

    /// <summary>The activities kept after a watermark, and the new watermark.</summary>
    public DirectLinePage After(int watermark)
    {
        lock (_lock)
        {
            var length = _dropped + _kept.Count;
            var from = Math.Clamp(watermark, _dropped, length) - _dropped;
            return new DirectLinePage(_kept[from..], length);
        }
    }
}
