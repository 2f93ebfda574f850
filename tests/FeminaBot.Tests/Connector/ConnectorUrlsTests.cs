using FeminaBot.Connector;
using FeminaBot.Conversations.Schema;

namespace FeminaBot.Tests.Connector;

public class ConnectorUrlsTests
{
    [Fact]
    public void A_reply_goes_to_ReplyToActivity_with_Teams_ids_escaped()
    {
        var reply = new Activity
        {
            ServiceUrl = "https://smba.trafficmanager.net/amer",
            Conversation = new ConversationAccount("19:abc@thread.tacv2;messageid=1764"),
            ReplyToId = "1764:1",
        };

        Assert.Equal(
            "https://smba.trafficmanager.net/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1764/activities/1764%3A1",
            ConnectorUrls.ActivityUrl(reply).AbsoluteUri);
    }

    [Fact]
    public void A_message_that_answers_nothing_goes_to_SendToConversation()
    {
        var message = new Activity { ServiceUrl = "https://smba.trafficmanager.net/amer/", Conversation = new ConversationAccount("a:1") };

        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities", ConnectorUrls.ActivityUrl(message).AbsoluteUri);
    }
}
