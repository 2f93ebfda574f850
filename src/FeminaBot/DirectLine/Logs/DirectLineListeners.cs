using System.Threading.Channels;

namespace FeminaBot.DirectLine.Logs;

/// <summary>The streams of this instance waiting on each conversation, woken when its log grows.</summary>
internal sealed class DirectLineListeners
{
    private readonly Dictionary<string, List<Channel<bool>>> _byConversation = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public DirectLineSubscription Add(string conversationId)
    {
        var channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });
        lock (_lock)
        {
            if (!_byConversation.TryGetValue(conversationId, out var listeners))
            {
                _byConversation[conversationId] = listeners = [];
            }

            listeners.Add(channel);
        }

        return new DirectLineSubscription(channel.Reader, () =>
        {
            lock (_lock)
            {
                if (_byConversation.TryGetValue(conversationId, out var listeners) && listeners.Remove(channel) && listeners.Count == 0)
                {
                    _byConversation.Remove(conversationId);
                }
            }

            channel.Writer.TryComplete();
        });
    }

    /// <summary>Wakes every listener of the conversation; a listener already woken stays woken once.</summary>
    public void Wake(string conversationId)
    {
        lock (_lock)
        {
            if (_byConversation.TryGetValue(conversationId, out var listeners))
            {
                foreach (var listener in listeners)
                {
                    listener.Writer.TryWrite(true);
                }
            }
        }
    }
}
