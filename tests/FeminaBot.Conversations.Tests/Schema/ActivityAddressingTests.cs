using FeminaBot.Conversations.Schema;

namespace FeminaBot.Conversations.Tests.Schema;

public class ActivityAddressingTests
{
    private static readonly Activity Incoming = new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        ChannelId = Channels.Msteams,
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        From = new ChannelAccount("29:user", "Alex"),
        Recipient = new ChannelAccount("28:bot", "FeminaBot"),
        Conversation = new ConversationAccount("a:conv") { ConversationType = "personal", TenantId = "t1" },
        Locale = "en-US",
    };

    [Fact]
    public void A_reply_goes_back_to_the_sender_of_the_incoming_activity()
    {
        var reply = MessageFactory.Text("Which breast hurts, left or right?").AsReplyTo(Incoming);

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal(Channels.Msteams, reply.ChannelId);
        Assert.Equal(Incoming.ServiceUrl, reply.ServiceUrl);
        Assert.Equal(Incoming.Conversation, reply.Conversation);
        Assert.Equal("28:bot", reply.From!.Id);
        Assert.Equal("29:user", reply.Recipient!.Id);
        Assert.Equal("in-1", reply.ReplyToId);
        Assert.Equal("en-US", reply.Locale);
        Assert.Null(reply.Id);
        Assert.Null(reply.Timestamp);
    }

    [Fact]
    public void A_reply_keeps_its_own_locale()
    {
        var reply = (MessageFactory.Text("Hola") with { Locale = "es-US" }).AsReplyTo(Incoming);

        Assert.Equal("es-US", reply.Locale);
    }

    [Theory]
    [InlineData(Channels.Directline, null)]
    [InlineData(Channels.Webchat, null)]
    [InlineData(Channels.Emulator, "update-1")]
    [InlineData(Channels.Msteams, "update-1")]
    public void A_greeting_on_a_Direct_Line_conversation_update_has_no_replyToId(string channel, string? expected)
    {
        var update = Incoming with { Type = ActivityTypes.ConversationUpdate, Id = "update-1", ChannelId = channel };

        Assert.Equal(expected, MessageFactory.Text("Hi").AsReplyTo(update).ReplyToId);
    }

    [Fact]
    public void A_conversation_reference_addresses_a_later_message_to_the_same_place()
    {
        var reference = Incoming.GetConversationReference();

        var proactive = MessageFactory.Text("Checking in").ApplyConversationReference(reference);

        Assert.Equal(Incoming.Conversation, proactive.Conversation);
        Assert.Equal("28:bot", proactive.From!.Id);
        Assert.Equal("29:user", proactive.Recipient!.Id);
        Assert.Equal(Incoming.ServiceUrl, proactive.ServiceUrl);
        Assert.Equal(Channels.Msteams, proactive.ChannelId);
    }
}
