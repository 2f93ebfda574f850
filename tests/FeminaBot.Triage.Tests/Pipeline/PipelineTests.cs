using FeminaBot.Conversations.Schema;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Tests.Conversations;
using Microsoft.Extensions.Time.Testing;

namespace FeminaBot.Triage.Tests.Pipeline;

/// <summary>The tests, the warm-up and the evaluation corpus run the program's own pipeline, middleware and all.</summary>
public class PipelineTests
{
    [Fact]
    public async Task A_message_the_channel_delivers_again_is_applied_once_and_answered_with_nothing()
    {
        var again = new Activity { Type = ActivityTypes.Message, Id = "m2", Text = "no" };
        await new Clinic().Chat()
            .UserStartsWith("I have a plugged duct")
            .UserSends(again, "\"no\" (m2)")
            .BotAsksAbout(FindingIds.Redness)
            .UserSends(again, "\"no\" (m2, again)")
            .BotSaysNothingMore()
            .UserSays("no")
            .BotAsksAbout(FindingIds.Fever);
    }

    [Fact]
    public async Task The_safety_checks_lines_reach_Web_Chat_as_Markdown_hard_breaks_and_SMS_as_plain_lines()
    {
        await new Clinic().Chat()
            .UserSays("I have a plugged duct")
            .BotWelcomes()
            .BotSays(Clinic.Say(MessageKeys.TriageStart))
            .BotSends("the safety check with hard breaks", reply => reply.Text!.Contains("noticed them?  \n• Trouble breathing or blue lips  \n• Chest pain", StringComparison.Ordinal));

        await new Clinic().Chat("sms")
            .UserSays("I have a plugged duct")
            .BotWelcomes()
            .BotSays(Clinic.Say(MessageKeys.TriageStart))
            .BotSends("the safety check as plain lines", reply => reply.Text!.Contains("noticed them?\n• Trouble breathing or blue lips\n• Chest pain", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_in_memory_chat_of_the_warm_up_and_the_corpus_applies_a_redelivered_message_once()
    {
        var chat = new InMemoryChat(Clinic.Content, new FakeTimeProvider(Clinic.TuesdayMorning), Channels.Webchat);
        await chat.SayAsync("I have a plugged duct");
        while (chat.Adapter.TakeReply() is not null)
        {
        }

        var again = chat.Adapter.MakeMessage("no");
        await chat.Adapter.ProcessActivityAsync(again, chat.Pipeline.Bot.OnTurnAsync);
        var first = chat.Adapter.TakeReply();
        await chat.Adapter.ProcessActivityAsync(again, chat.Pipeline.Bot.OnTurnAsync);

        Assert.Equal(Clinic.OnMarkdown(Clinic.Question(FindingIds.Redness)), first?.Text);
        Assert.Null(chat.Adapter.TakeReply());
    }
}
