using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace FeminaBot.DirectLine;

/// <summary>The Direct Line conversations this process serves, by id.</summary>
internal sealed class DirectLineConversations
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);

    /// <summary>A new, unguessable conversation id.</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>A new user id of the form Direct Line reserves for token-bound users.</summary>
    public static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>The conversation with the id, created empty on first use (a token may outlive a restart).</summary>
    public DirectLineConversation GetOrAdd(string id) => _conversations.GetOrAdd(id, static key => new DirectLineConversation(key));
}
