using FeminaBot.DirectLine;
using Microsoft.Extensions.Time.Testing;

namespace FeminaBot.Tests.DirectLine;

public class DirectLineConversationsTests
{
    [Fact]
    public void A_conversation_unused_for_a_day_is_forgotten_and_a_used_one_is_kept()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.Zero));
        var conversations = new DirectLineConversations(clock);
        conversations.GetOrAdd("old").Append(new FeminaBot.Conversations.Schema.Activity { Type = "message", Text = "hi" });
        conversations.GetOrAdd("busy");

        clock.Advance(TimeSpan.FromHours(20));
        conversations.GetOrAdd("busy");
        clock.Advance(TimeSpan.FromHours(5));
        conversations.GetOrAdd("new");

        Assert.Equal(2, conversations.Count);
        Assert.Empty(conversations.GetOrAdd("old").After(0).Activities);
    }
}
