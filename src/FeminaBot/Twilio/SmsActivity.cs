using System.Globalization;
using FeminaBot.Conversations.Schema;

namespace FeminaBot.Twilio;

/// <summary>
/// A Twilio messaging webhook as an activity on channel <c>sms</c>: the sender's number is the user,
/// the sender and our number together are the conversation, the body is the text, and the
/// MessageSid is the id. Media come as attachments (the bot then says it reads text only).
/// </summary>
internal static class SmsActivity
{
    public static Activity From(IFormCollection form, DateTimeOffset now, Uri serviceUrl)
    {
        var from = form["From"].ToString();
        var to = form["To"].ToString();
        var media = int.TryParse(form["NumMedia"], NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 0;
        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = form["MessageSid"].ToString(),
            Timestamp = now,
            ChannelId = Channels.Sms,
            ServiceUrl = serviceUrl.ToString(),
            From = new ChannelAccount(from) { Role = RoleTypes.User },
            Recipient = new ChannelAccount(to) { Role = RoleTypes.Bot },
            Conversation = new ConversationAccount($"{from}|{to}"),
            Locale = "en-US",
            Text = form["Body"].ToString(),
            Attachments = media > 0
                ? Enumerable.Range(0, Math.Min(media, 10))
                    .Select(i => new Attachment { ContentType = form[$"MediaContentType{i}"].ToString(), ContentUrl = form[$"MediaUrl{i}"].ToString() })
                    .ToList()
                : null,
        };
    }
}
