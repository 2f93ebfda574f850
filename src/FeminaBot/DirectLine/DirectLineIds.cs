using System.Globalization;
using System.Security.Cryptography;

namespace FeminaBot.DirectLine;

/// <summary>The ids Direct Line makes: conversations, token-bound users, and activities in a log.</summary>
internal static class DirectLineIds
{
    /// <summary>A new, unguessable conversation id.</summary>
    public static string NewConversationId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>A new user id of the form Direct Line reserves for token-bound users.</summary>
    public static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>The id of the activity at <paramref name="sequence"/> in a conversation's log.</summary>
    public static string ActivityId(string conversationId, int sequence) =>
        $"{conversationId}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";
}
