using System.Text.Json;
using System.Text.Json.Serialization;
using FeminaBot.Connector;
using FeminaBot.Conversations.Schema;

namespace FeminaBot.FollowUps;

/// <summary>
/// Where a check-in goes: the way the conversation came in (<see cref="Via"/>), its reference with ids
/// only (no names), whether its serviceUrl came with a validated Bot Connector token (so the bot's
/// token may go there after a restart), and for SMS the phone numbers sealed
/// (<see cref="Twilio.SmsNumberSeal"/>): the store holds no number in the clear.
/// </summary>
internal sealed record CheckInAddress(string Via, ConversationReference Reference, bool TrustedServiceUrl, string? SealedNumbers)
{
    /// <summary>Through the program's own Direct Line: the chat page's transcript.</summary>
    public const string ChatPage = "chatPage";

    /// <summary>Through the program's own Twilio webhook: a text by the Messages API.</summary>
    public const string Sms = "sms";

    /// <summary>Through the Bot Connector: Teams and the rest, at the conversation's serviceUrl.</summary>
    public const string Connector = "connector";

    /// <summary>The way <paramref name="activity"/> came in, which its check-in goes back by.</summary>
    public static string WayOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.CallerId switch
        {
            CallerIds.ChatPage => ChatPage,
            CallerIds.Sms => Sms,
            _ => Connector,
        };
    }

    /// <summary>The key of the conversation's check-in in the store: its channel and id.</summary>
    public static string ConversationKey(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return $"{activity.ChannelId}/{activity.Conversation?.Id}";
    }

    /// <summary>The address of <paramref name="activity"/>'s conversation.</summary>
    public static CheckInAddress Of(Activity activity, string? sealedNumbers)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var reference = new ConversationReference
        {
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            Conversation = activity.Conversation is { Id: { } conversationId } conversation
                ? new ConversationAccount(conversationId) { ConversationType = conversation.ConversationType, TenantId = conversation.TenantId }
                : null,
            User = activity.From is { Id: { } userId } ? new ChannelAccount(userId) { Role = RoleTypes.User } : null,
            Bot = activity.Recipient is { Id: { } botId } ? new ChannelAccount(botId) { Role = RoleTypes.Bot } : null,
            Locale = activity.Locale,
        };
        return new CheckInAddress(WayOf(activity), reference, activity.CallerId == CallerIds.BotConnector, sealedNumbers);
    }

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, CheckInAddressJson.Default.CheckInAddress);

    public static CheckInAddress FromBytes(byte[] bytes) =>
        JsonSerializer.Deserialize(bytes, CheckInAddressJson.Default.CheckInAddress) ?? throw new JsonException("An empty check-in address.");
}

[JsonSerializable(typeof(CheckInAddress))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class CheckInAddressJson : JsonSerializerContext;
