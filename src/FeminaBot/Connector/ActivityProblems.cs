using FeminaBot.Conversations.Schema;

namespace FeminaBot.Connector;

/// <summary>What makes an incoming activity unusable, in words for a 400 answer.</summary>
internal static class ActivityProblems
{
    /// <summary>The first problem, or null when the activity can run a turn.</summary>
    public static string? Of(Activity? activity) => activity switch
    {
        null => "The body is empty; it should be one activity.",
        { Type: null or "" } => "The activity has no type.",
        { ChannelId: null or "" } => "The activity has no channelId.",
        { Conversation.Id: null or "" } or { Conversation: null } => "The activity has no conversation.id.",
        { From.Id: null or "" } or { From: null } => "The activity has no from.id.",
        _ => null,
    };
}
