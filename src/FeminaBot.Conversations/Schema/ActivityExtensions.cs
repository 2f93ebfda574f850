using System.Text.Json;

namespace FeminaBot.Conversations.Schema;

/// <summary>Addressing helpers: replies, conversation references and Teams mentions.</summary>
public static class ActivityExtensions
{
    /// <summary>
    /// Addresses <paramref name="reply"/> back to the sender of <paramref name="incoming"/>: same
    /// channel, service URL and conversation; from and recipient swapped; <c>replyToId</c> set; and
    /// the incoming locale where the reply has none.
    /// </summary>
    public static Activity AsReplyTo(this Activity reply, Activity incoming)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(incoming);
        return reply with
        {
            ChannelId = incoming.ChannelId,
            ServiceUrl = incoming.ServiceUrl,
            Conversation = incoming.Conversation,
            From = incoming.Recipient,
            Recipient = incoming.From,
            ReplyToId = reply.ReplyToId ?? ReplyToIdFor(incoming),
            Locale = reply.Locale ?? incoming.Locale,
            Type = reply.Type ?? ActivityTypes.Message,
        };
    }

    /// <summary>The reference that lets a later turn, or a proactive message, reach this conversation.</summary>
    public static ConversationReference GetConversationReference(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new ConversationReference
        {
            ActivityId = ReplyToIdFor(activity),
            User = activity.From,
            Bot = activity.Recipient,
            Conversation = activity.Conversation,
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            Locale = activity.Locale,
        };
    }

    /// <summary>Addresses an outgoing activity to the conversation a reference names.</summary>
    public static Activity ApplyConversationReference(this Activity activity, ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(reference);
        return activity with
        {
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Conversation = reference.Conversation,
            From = reference.Bot,
            Recipient = reference.User,
            Locale = activity.Locale ?? reference.Locale,
            ReplyToId = activity.ReplyToId ?? reference.ActivityId,
        };
    }

    /// <summary>
    /// The activity that a bot would receive when a proactive turn starts for a reference: an event
    /// addressed from the user to the bot, with no id, so what the bot sends answers nothing and goes
    /// to the conversation itself.
    /// </summary>
    public static Activity CreateContinuationActivity(this ConversationReference reference, string eventName = "ContinueConversation") =>
        reference.CreateIncomingActivity(ActivityTypes.Event, null) with { Name = eventName };

    /// <summary>
    /// An activity as the channel would deliver it from the reference's user to its bot, stamped
    /// with <paramref name="now"/> (UTC) and the sender's local time in <paramref name="localZone"/>.
    /// </summary>
    public static Activity CreateIncomingActivity(this ConversationReference reference, string type, string? id, DateTimeOffset? now = null, TimeZoneInfo? localZone = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new Activity
        {
            Type = type,
            Id = id,
            Timestamp = now,
            LocalTimestamp = now is { } utc && localZone is not null ? TimeZoneInfo.ConvertTime(utc, localZone) : null,
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Conversation = reference.Conversation,
            From = reference.User,
            Recipient = reference.Bot,
            Locale = reference.Locale,
        };
    }

    /// <summary>The mention entities of an activity.</summary>
    public static IEnumerable<Mention> GetMentions(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        foreach (var entity in activity.Entities ?? [])
        {
            if (Mention.TryFrom(entity, out var mention))
            {
                yield return mention;
            }
        }
    }

    /// <summary>
    /// Removes every @mention of the recipient (the bot) from the text and trims it, as Teams
    /// sends <c>&lt;at&gt;FeminaBot&lt;/at&gt; hours</c> in group chats and channels.
    /// </summary>
    public static Activity RemoveRecipientMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text;
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(text) || botId is null)
        {
            return activity;
        }

        foreach (var mention in activity.GetMentions())
        {
            if (mention.MentionedId == botId)
            {
                var marker = mention.Text ?? $"<at>{mention.MentionedName}</at>";
                text = text.Replace(marker, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        // Most messages mention nobody: keep the activity rather than copy it unchanged.
        text = text.Trim();
        return string.Equals(text, activity.Text, StringComparison.Ordinal) ? activity : activity with { Text = text };
    }

    /// <summary>The channel data member <paramref name="name"/>, if the channel data is an object that has it.</summary>
    public static JsonElement? GetChannelDataProperty(this Activity activity, string name)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(name, out var value)
            ? value
            : null;
    }

    // The SDKs leave replyToId unset when greeting on a Direct Line or Web Chat conversationUpdate,
    // whose id the client never saw.
    private static string? ReplyToIdFor(Activity incoming) =>
        incoming.Type == ActivityTypes.ConversationUpdate && incoming.ChannelId is Channels.Directline or Channels.Webchat
            ? null
            : incoming.Id;
}
