namespace FeminaBot.Conversations.Schema;

/// <summary>How the replies to an activity are delivered.</summary>
public static class DeliveryModes
{
    /// <summary>Replies go out as separate calls to the channel.</summary>
    public const string Normal = "normal";
    /// <summary>As normal, but replies should notify the user.</summary>
    public const string Notification = "notification";
    /// <summary>Replies come back in the HTTP response to the request.</summary>
    public const string ExpectReplies = "expectReplies";
}
