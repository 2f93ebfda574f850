using FeminaBot.Connector;
using FeminaBot.Conversations.Schema;
using FeminaBot.FollowUps;

namespace FeminaBot.Tests.FollowUps;

public class CheckInAddressTests
{
    private static readonly Activity FromTeams = new()
    {
        Type = ActivityTypes.Message,
        ChannelId = Channels.Msteams,
        ServiceUrl = "https://smba.trafficmanager.net/amer/",
        CallerId = CallerIds.BotConnector,
        Conversation = new ConversationAccount("a:personal-chat") { ConversationType = "personal", TenantId = "tenant" },
        From = new ChannelAccount("29:user", "Alex Rivera"),
        Recipient = new ChannelAccount("28:bot", "FeminaBot"),
        Locale = "en-US",
        Text = "yes",
    };

    [Fact]
    public void A_check_in_goes_back_the_way_its_conversation_came_in_whatever_the_channel_id()
    {
        // Azure Bot Service has a Direct Line and an SMS channel of its own: those come through the Bot Connector.
        Assert.Equal(CheckInAddress.Connector, CheckInAddress.WayOf(FromTeams with { ChannelId = Channels.Directline }));
        Assert.Equal(CheckInAddress.Connector, CheckInAddress.WayOf(FromTeams with { ChannelId = Channels.Sms }));
        Assert.Equal(CheckInAddress.Connector, CheckInAddress.WayOf(FromTeams with { CallerId = null }));
        Assert.Equal(CheckInAddress.ChatPage, CheckInAddress.WayOf(FromTeams with { ChannelId = Channels.Directline, CallerId = CallerIds.ChatPage }));
        Assert.Equal(CheckInAddress.Sms, CheckInAddress.WayOf(FromTeams with { ChannelId = Channels.Sms, CallerId = CallerIds.Sms }));
    }

    [Fact]
    public void The_address_keeps_ids_and_the_validated_service_url_but_no_names_or_text()
    {
        var address = CheckInAddress.FromBytes(CheckInAddress.Of(FromTeams, null).ToBytes());
        var stored = System.Text.Encoding.UTF8.GetString(CheckInAddress.Of(FromTeams, null).ToBytes());

        Assert.Equal(CheckInAddress.Connector, address.Via);
        Assert.True(address.TrustedServiceUrl);
        Assert.Equal("https://smba.trafficmanager.net/amer/", address.Reference.ServiceUrl);
        Assert.Equal(("a:personal-chat", "personal", "tenant"), (address.Reference.Conversation!.Id, address.Reference.Conversation.ConversationType, address.Reference.Conversation.TenantId));
        Assert.Equal(("29:user", "28:bot"), (address.Reference.User!.Id, address.Reference.Bot!.Id));
        Assert.DoesNotContain("Alex", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("FeminaBot", stored, StringComparison.Ordinal);
        Assert.Null(address.Reference.ActivityId);
        Assert.False(CheckInAddress.Of(FromTeams with { CallerId = null }, null).TrustedServiceUrl);
    }
}
