using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeminaBot.Conversations.Schema;

/// <summary>
/// One Bot Framework activity, as it travels on the wire: camelCase JSON, nulls omitted, and every
/// field this runtime does not model kept in <see cref="Properties"/> so nothing is lost in transit.
/// </summary>
public sealed record Activity
{
    /// <summary>The activity type, such as <c>message</c> or <c>conversationUpdate</c> (see <see cref="ActivityTypes"/>).</summary>
    public string? Type { get; init; }

    /// <summary>The id the channel gave the activity; bots leave it unset on what they send.</summary>
    public string? Id { get; init; }

    /// <summary>When the channel received the activity, in UTC.</summary>
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>When the sender created the activity, in the sender's own offset.</summary>
    public DateTimeOffset? LocalTimestamp { get; init; }

    /// <summary>The sender's IANA time zone name, such as <c>America/Los_Angeles</c>.</summary>
    public string? LocalTimezone { get; init; }

    /// <summary>Who called the bot, set locally after authentication and never trusted from the wire.</summary>
    public string? CallerId { get; init; }

    /// <summary>The channel's endpoint for replies to this conversation.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>The channel the activity came from or goes to, such as <c>msteams</c> or <c>sms</c>.</summary>
    public string? ChannelId { get; init; }

    /// <summary>The sender.</summary>
    public ChannelAccount? From { get; init; }

    /// <summary>The conversation the activity belongs to.</summary>
    public ConversationAccount? Conversation { get; init; }

    /// <summary>The receiver.</summary>
    public ChannelAccount? Recipient { get; init; }

    /// <summary>The format of <see cref="Text"/>: <c>plain</c>, <c>markdown</c> or <c>xml</c>.</summary>
    public string? TextFormat { get; init; }

    /// <summary>How several attachments are laid out: <c>list</c> or <c>carousel</c>.</summary>
    public string? AttachmentLayout { get; init; }

    /// <summary>Accounts added to the conversation (conversationUpdate).</summary>
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    /// <summary>Accounts removed from the conversation (conversationUpdate).</summary>
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary>Reactions added to an activity (messageReaction).</summary>
    public IReadOnlyList<MessageReaction>? ReactionsAdded { get; init; }

    /// <summary>Reactions removed from an activity (messageReaction).</summary>
    public IReadOnlyList<MessageReaction>? ReactionsRemoved { get; init; }

    /// <summary>The conversation's new topic (conversationUpdate).</summary>
    public string? TopicName { get; init; }

    /// <summary>Whether earlier history was disclosed to new members (deprecated by the spec, kept for fidelity).</summary>
    public bool? HistoryDisclosed { get; init; }

    /// <summary>The BCP-47 locale of the text, such as <c>en-US</c>.</summary>
    public string? Locale { get; init; }

    /// <summary>The message text.</summary>
    public string? Text { get; init; }

    /// <summary>What a speech channel should say.</summary>
    public string? Speak { get; init; }

    /// <summary>Whether the sender is accepting, expecting or ignoring input (see <see cref="InputHints"/>).</summary>
    public string? InputHint { get; init; }

    /// <summary>Text shown where attachments cannot be.</summary>
    public string? Summary { get; init; }

    /// <summary>Buttons offered for the user's next message.</summary>
    public SuggestedActions? SuggestedActions { get; init; }

    /// <summary>Cards, media and files.</summary>
    public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary>Mentions, client information and other entities.</summary>
    public IReadOnlyList<Entity>? Entities { get; init; }

    /// <summary>The channel's own payload, such as the Teams tenant or Web Chat's client activity id.</summary>
    public JsonElement? ChannelData { get; init; }

    /// <summary>Add or remove, for installationUpdate and contactRelationUpdate.</summary>
    public string? Action { get; init; }

    /// <summary>The id of the activity this one answers.</summary>
    public string? ReplyToId { get; init; }

    /// <summary>A short label, mostly on trace activities.</summary>
    public string? Label { get; init; }

    /// <summary>The type of <see cref="Value"/>, mostly on trace activities.</summary>
    public string? ValueType { get; init; }

    /// <summary>A programmatic payload: button values, event or trace data.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>The name of an event, invoke or trace.</summary>
    public string? Name { get; init; }

    /// <summary>A reference to another conversation or activity.</summary>
    public ConversationReference? RelatesTo { get; init; }

    /// <summary>Why a conversation ended (endOfConversation).</summary>
    public string? Code { get; init; }

    /// <summary>When the activity should be considered expired.</summary>
    public DateTimeOffset? Expiration { get; init; }

    /// <summary><c>low</c>, <c>normal</c> or <c>high</c>.</summary>
    public string? Importance { get; init; }

    /// <summary>How replies are delivered: <c>normal</c>, <c>notification</c> or <c>expectReplies</c> (see <see cref="DeliveryModes"/>).</summary>
    public string? DeliveryMode { get; init; }

    /// <summary>Phrases a speech recognizer should listen for.</summary>
    public IReadOnlyList<string>? ListenFor { get; init; }

    /// <summary>Parts of the text the bot highlights.</summary>
    public IReadOnlyList<TextHighlight>? TextHighlights { get; init; }

    /// <summary>A programmatic action carried with the activity.</summary>
    public SemanticAction? SemanticAction { get; init; }

    /// <summary>Every field this runtime does not model, kept so that a round trip loses nothing.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
