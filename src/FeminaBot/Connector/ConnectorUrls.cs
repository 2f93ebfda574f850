using FeminaBot.Conversations.Schema;

namespace FeminaBot.Connector;

/// <summary>The Connector REST API's addresses, relative to a conversation's <c>serviceUrl</c>.</summary>
internal static class ConnectorUrls
{
    /// <summary>
    /// ReplyToActivity (<c>v3/conversations/{id}/activities/{replyToId}</c>) when the activity answers
    /// another, else SendToConversation; ids escaped, since Teams ids hold ':', ';' and '@'.
    /// </summary>
    public static Uri ActivityUrl(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var serviceUrl = activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no serviceUrl to reply to.");
        var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id.");
        var baseUrl = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (activity.ReplyToId is { Length: > 0 } replyTo)
        {
            path += "/" + Uri.EscapeDataString(replyTo);
        }

        return new Uri(new Uri(baseUrl), path);
    }
}
