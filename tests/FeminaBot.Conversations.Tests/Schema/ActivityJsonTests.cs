using System.Text.Json;
using System.Text.Json.Nodes;
using FeminaBot.Conversations.Schema;

namespace FeminaBot.Conversations.Tests.Schema;

public class ActivityJsonTests
{
    public static TheoryData<string> Fixtures => new() { "webchat-message.json", "teams-channel-mention.json", "emulator-conversation-update.json" };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void An_activity_read_and_written_again_loses_nothing(string fixture)
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "Fixtures", fixture));

        var activity = ActivityJson.Deserialize(json)!;
        var written = ActivityJson.Serialize(activity);

        JsonAssert.Equivalent(JsonAssert.WithoutEmptyArrays(JsonNode.Parse(json)), JsonNode.Parse(written));
    }

    [Fact]
    public void Web_Chat_fields_are_read_into_the_schema()
    {
        var activity = Read("webchat-message.json");

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("webchat", activity.ChannelId);
        Assert.Equal("dl_4b1f0c2a9e", activity.From!.Id);
        Assert.Equal("user", activity.From.Role);
        Assert.Equal("America/Los_Angeles", activity.LocalTimezone);
        Assert.Equal(TimeSpan.FromHours(-8), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 2, 11, TimeSpan.Zero), activity.Timestamp!.Value.AddTicks(-4455678));
        Assert.Equal("1764000131341kq4o9n0y8xb", activity.GetChannelDataProperty("clientActivityID")!.Value.GetString());
        Assert.Equal("ClientCapabilities", Assert.Single(activity.Entities!).Type);
    }

    [Fact]
    public void A_Teams_activity_keeps_its_tenant_conversation_type_and_mention()
    {
        var activity = Read("teams-channel-mention.json");

        Assert.Equal("channel", activity.Conversation!.ConversationType);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", activity.Conversation.TenantId);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", activity.GetChannelDataProperty("tenant")!.Value.GetProperty("id").GetString());
        Assert.Equal("6be4ee4a-8a2a-4b38-9d41-4c5a5d0c3c3e", activity.From!.AadObjectId);
        var mention = Assert.Single(activity.GetMentions());
        Assert.Equal(activity.Recipient!.Id, mention.MentionedId);
        Assert.Equal("<at>FeminaBot</at>", mention.Text);
    }

    [Fact]
    public void The_bots_own_mention_is_stripped_from_Teams_text()
    {
        var activity = Read("teams-channel-mention.json").RemoveRecipientMention();

        Assert.Equal("what are your hours on Friday?", activity.Text);
    }

    [Fact]
    public void A_mention_of_someone_else_stays_in_the_text()
    {
        var activity = Read("teams-channel-mention.json") with { Recipient = new ChannelAccount("28:another-bot") };

        Assert.StartsWith("<at>FeminaBot</at>", activity.RemoveRecipientMention().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_uses_camel_case_and_omits_nulls_and_empty_lists()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Hello",
            ReplyToId = "a1",
            Attachments = [],
            Entities = [],
        };

        var written = ActivityJson.Serialize(activity);

        Assert.Equal("""{"type":"message","text":"Hello","replyToId":"a1"}""", written);
    }

    [Fact]
    public void An_empty_expect_replies_answer_still_lists_its_activities()
    {
        Assert.Equal("""{"activities":[]}""", System.Text.Json.JsonSerializer.Serialize(new ExpectedReplies([]), ActivityJson.ExpectedReplies));
    }

    [Fact]
    public void Reading_accepts_any_casing_of_field_names()
    {
        var activity = ActivityJson.Deserialize("""{"Type":"message","TEXT":"hi","ReplyToID":"x"}""")!;

        Assert.Equal("hi", activity.Text);
        Assert.Equal("x", activity.ReplyToId);
    }

    [Fact]
    public void Timestamps_are_written_in_UTC_with_a_Z()
    {
        var activity = new Activity { Timestamp = new DateTimeOffset(2026, 11, 24, 2, 0, 0, TimeSpan.FromHours(-8)) };

        Assert.Equal("""{"timestamp":"2026-11-24T10:00:00Z"}""", ActivityJson.Serialize(activity));
    }

    [Fact]
    public void Unknown_fields_at_every_level_survive_a_round_trip()
    {
        const string json = """
            {"type":"message","futureField":{"a":[1,2]},"from":{"id":"u","newAccountField":true},
             "conversation":{"id":"c","region":"amer"},"suggestedActions":{"actions":[{"type":"imBack","title":"Yes","value":"Yes","newActionField":1}]}}
            """;

        var written = ActivityJson.Serialize(ActivityJson.Deserialize(json)!);

        JsonAssert.Equivalent(JsonNode.Parse(json), JsonNode.Parse(written));
    }

    [Fact]
    public void Malformed_JSON_is_a_JsonException_not_a_crash_elsewhere()
    {
        Assert.ThrowsAny<JsonException>(() => ActivityJson.Deserialize("""{"type": "message", "text": """));
        Assert.ThrowsAny<JsonException>(() => ActivityJson.Deserialize("""{"type": 42}"""));
    }

    private static Activity Read(string fixture) =>
        ActivityJson.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "Fixtures", fixture)))!;
}
