using System.Globalization;
using System.Threading.Channels;
using FeminaBot.Conversations.Schema;

namespace FeminaBot.DirectLine;

/// <summary>
/// One Direct Line conversation: an append-only log of the activities clients may see, each with an
/// id of the form <c>{conversation}|{sequence}</c>; the watermark is how many a client has seen.
/// Streams subscribe to hear new activities as they are appended.
/// </summary>
internal sealed class DirectLineConversation(string id)
{
    private readonly List<Activity> _log = [];
    private readonly List<Channel<int>> _listeners = [];
    private readonly Lock _lock = new();

    public string Id { get; } = id;

    private long _lastUsedTicks;

    /// <summary>When a client last used the conversation.</summary>
    public DateTimeOffset LastUsed => new(Interlocked.Read(ref _lastUsedTicks), TimeSpan.Zero);

    /// <summary>Records a use.</summary>
    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastUsedTicks, now.UtcTicks);

    /// <summary>Whether the bot has been told the conversation started.</summary>
    public bool Started { get; private set; }

    /// <summary>Marks the conversation started; true only for the first caller.</summary>
    public bool TryStart()
    {
        lock (_lock)
        {
            if (Started)
            {
                return false;
            }

            Started = true;
            return true;
        }
    }

    /// <summary>Appends an activity, giving it its id, and wakes every stream.</summary>
    public Activity Append(Activity activity)
    {
        Activity stored;
        lock (_lock)
        {
            stored = activity with { Id = $"{Id}|{_log.Count.ToString("D7", CultureInfo.InvariantCulture)}" };
            _log.Add(stored);
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(_log.Count);
            }
        }

        return stored;
    }

    /// <summary>The activities after a watermark, and the new watermark.</summary>
    public (IReadOnlyList<Activity> Activities, int Watermark) After(int watermark)
    {
        lock (_lock)
        {
            var from = Math.Clamp(watermark, 0, _log.Count);
            return (_log.Skip(from).ToList(), _log.Count);
        }
    }

    /// <summary>A channel that hears the log's length after each append; dispose the subscription to stop.</summary>
    public Subscription Subscribe()
    {
        var channel = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });
        lock (_lock)
        {
            _listeners.Add(channel);
        }

        return new Subscription(channel.Reader, () =>
        {
            lock (_lock)
            {
                _listeners.Remove(channel);
            }

            channel.Writer.TryComplete();
        });
    }

    /// <summary>A stream's place among the listeners.</summary>
    public sealed class Subscription(ChannelReader<int> reader, Action unsubscribe) : IDisposable
    {
        public ChannelReader<int> Reader { get; } = reader;

        public void Dispose() => unsubscribe();
    }
}
