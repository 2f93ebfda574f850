using FeminaBot.Conversations.Schema;

namespace FeminaBot.DirectLine.Logs;

/// <summary>One Direct Line conversation held in process memory: its log, and whether it has started.</summary>
internal sealed class DirectLineConversation(string id)
{
    private readonly List<Activity> _log = [];
    private readonly Lock _lock = new();
    private long _lastUsedTicks;
    private bool _started;

    public string Id { get; } = id;

    /// <summary>When a client last used the conversation.</summary>
    public DateTimeOffset LastUsed => new(Interlocked.Read(ref _lastUsedTicks), TimeSpan.Zero);

    /// <summary>Records a use.</summary>
    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastUsedTicks, now.UtcTicks);

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

    /// <summary>Appends an activity, giving it its id.</summary>
    public Activity Append(Activity activity)
    {
        lock (_lock)
        {
            var stored = activity with { Id = DirectLineIds.ActivityId(Id, _log.Count) };
            _log.Add(stored);
            return stored;
        }
    }

    /// <summary>Replaces every activity so far with an erased one of the same id.</summary>
    public void Erase()
    {
        lock (_lock)
        {
            for (var i = 0; i < _log.Count; i++)
            {
                _log[i] = ErasedActivity.Create(_log[i].Id);
            }
        }
    }

    /// <summary>The activities after a watermark, and the new watermark.</summary>
    public DirectLinePage After(int watermark)
    {
        lock (_lock)
        {
            var from = Math.Clamp(watermark, 0, _log.Count);
            return new DirectLinePage(_log[from..], _log.Count);
        }
    }
}
