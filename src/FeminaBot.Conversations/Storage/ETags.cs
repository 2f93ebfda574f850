namespace FeminaBot.Conversations.Storage;

/// <summary>The special ETag values.</summary>
public static class ETags
{
    /// <summary>On a write: overwrite whatever is stored.</summary>
    public const string Any = "*";
}
