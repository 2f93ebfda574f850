using System.Threading.Channels;

namespace FeminaBot.DirectLine.Logs;

/// <summary>A stream's place among a conversation's listeners: the reader wakes after each append.</summary>
internal sealed class DirectLineSubscription(ChannelReader<bool> reader, Action unsubscribe) : IDisposable
{
    /// <summary>Wakes when something was appended; the values mean nothing.</summary>
    public ChannelReader<bool> Reader { get; } = reader;

    public void Dispose() => unsubscribe();
}
