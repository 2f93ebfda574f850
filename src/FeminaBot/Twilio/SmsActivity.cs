using System.Globalization;
using System.Text.Json;
using FeminaBot.Conversations.Schema;

namespace FeminaBot.Twilio;

/// <summary>
/// A Twilio messaging webhook as an activity on channel <c>sms</c>: the sender is the user, the
/// sender and our number together are the conversation, the body is the text, and the MessageSid is
/// the id. The user and conversation ids are keyed hashes of the numbers (<see cref="SmsNumberKeys"/>),
/// so the state they key holds no number; the numbers themselves ride in the channel data, for
/// addressing the turn's replies. Media come as attachments (the bot then says it reads text only).
/// </summary>
internal static class SmsActivity
{
    public static Activity From(IFormCollection form, DateTimeOffset now, Uri serviceUrl, SmsNumberKeys keys)
    {
        var media = int.TryParse(form["NumMedia"], NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 0;
        return Addressed(
            new Activity
            {
                Type = ActivityTypes.Message,
                Id = form["MessageSid"].ToString(),
                Timestamp = now,
                ChannelId = Channels.Sms,
                ServiceUrl = serviceUrl.ToString(),
                Locale = "en-US",
                Text = form["Body"].ToString(),
                Attachments = media > 0
                    ? Enumerable.Range(0, Math.Min(media, 10))
                        .Select(i => new Attachment { ContentType = form[$"MediaContentType{i}"].ToString(), ContentUrl = form[$"MediaUrl{i}"].ToString() })
                        .ToList()
                    : null,
            },
            form["From"].ToString(),
            form["To"].ToString(),
            keys);
    }

    /// <summary>The activity from <paramref name="from"/> to our number <paramref name="to"/>, under the numbers' keyed hashes.</summary>
    public static Activity Addressed(Activity activity, string from, string to, SmsNumberKeys keys) => activity with
    {
        From = new ChannelAccount(keys.User(from)) { Role = RoleTypes.User },
        Recipient = new ChannelAccount(to) { Role = RoleTypes.Bot },
        Conversation = new ConversationAccount(keys.Conversation(from, to)),
        ChannelData = JsonSerializer.SerializeToElement(new SmsNumbers(from, to), SmsNumbersJson.Default.SmsNumbers),
    };

    /// <summary>The numbers an SMS activity is from and to.</summary>
    public static SmsNumbers NumbersOf(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data ? data.Deserialize(SmsNumbersJson.Default.SmsNumbers)
            ?? throw new InvalidOperationException("The SMS activity has no numbers.")
            : throw new InvalidOperationException("The SMS activity has no numbers.");
}

/// <summary>The sender's number and our number, as the webhook gave them.</summary>
internal sealed record SmsNumbers(string From, string To);

[System.Text.Json.Serialization.JsonSerializable(typeof(SmsNumbers))]
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class SmsNumbersJson : System.Text.Json.Serialization.JsonSerializerContext;
