namespace FeminaBot.Conversations.Storage;

/// <summary>The one ETag rule every store applies, so stores cannot drift apart.</summary>
public static class ETagCheck
{
    /// <summary>Whether a write expecting <paramref name="expected"/> may replace what holds <paramref name="current"/> (null: nothing stored).</summary>
    public static bool Allows(string? expected, string? current) =>
        expected == ETags.Any || string.Equals(expected, current, StringComparison.Ordinal);
}
