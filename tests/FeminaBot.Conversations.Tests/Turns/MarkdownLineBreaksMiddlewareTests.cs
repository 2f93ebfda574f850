using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Testing;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.Tests.Turns;

public class MarkdownLineBreaksMiddlewareTests
{
    [Theory]
    [InlineData(Channels.Webchat, "On Saturday:  \nBeverly Hills: closed  \nPasadena: closed\n\nAsk me more.")]
    [InlineData(Channels.Directline, "On Saturday:  \nBeverly Hills: closed  \nPasadena: closed\n\nAsk me more.")]
    [InlineData(Channels.Msteams, "On Saturday:  \nBeverly Hills: closed  \nPasadena: closed\n\nAsk me more.")]
    [InlineData(Channels.Sms, "On Saturday:\nBeverly Hills: closed\nPasadena: closed\n\nAsk me more.")]
    public async Task Single_line_breaks_survive_Markdown_rendering_and_text_channels_are_untouched(string channel, string expected)
    {
        var adapter = new TestAdapter(channel);
        adapter.Use(new MarkdownLineBreaksMiddleware());

        await adapter.ProcessActivityAsync(adapter.MakeMessage("hours?"), (context, ct) =>
            context.SendActivityAsync("On Saturday:\nBeverly Hills: closed\nPasadena: closed\n\nAsk me more.", cancellationToken: ct));

        Assert.Equal(expected, adapter.TakeReply()!.Text);
    }

    [Theory]
    [InlineData(Channels.Msteams, "Step 2: Massage the breast<br><br>Sweep lightly &amp; slowly<br>toward the armpit (&lt;2 minutes)")]
    [InlineData(Channels.Emulator, "Step 2: Massage the breast\n\nSweep lightly & slowly\ntoward the armpit (<2 minutes)")]
    public async Task Hero_card_text_keeps_its_lines_in_Teams_as_HTML_and_its_buttons(string channel, string expected)
    {
        var adapter = new TestAdapter(channel);
        adapter.Use(new MarkdownLineBreaksMiddleware());

        await adapter.ProcessActivityAsync(adapter.MakeMessage("massage"), (context, ct) => context.SendActivityAsync(
            ChoiceFactory.HeroCard(Choice.FromValues("Next", "Repeat", "Back", "Stop"), "Step 2: Massage the breast\n\nSweep lightly & slowly\ntoward the armpit (<2 minutes)"),
            ct));

        var card = adapter.TakeReply()!.Attachments!.Single().Content!.Value;
        Assert.Equal(expected, card.GetProperty("text").GetString());
        Assert.Equal(["Next", "Repeat", "Back", "Stop"], card.GetProperty("buttons").EnumerateArray().Select(b => b.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task A_reply_a_later_send_handler_inserts_keeps_its_line_breaks_too()
    {
        var adapter = new TestAdapter(Channels.Webchat);
        adapter.Use(new MarkdownLineBreaksMiddleware());

        await adapter.ProcessActivityAsync(adapter.MakeMessage("hours?"), async (context, ct) =>
        {
            // As the bot holds an office answer back until just before its next question.
            context.OnSendActivities((c, activities, next) =>
            {
                activities.Insert(0, MessageFactory.Text("On Saturday:\nPasadena: closed").AsReplyTo(c.Activity));
                return next();
            });
            await context.SendActivityAsync("Which breast?", cancellationToken: ct);
        });

        Assert.Equal("On Saturday:  \nPasadena: closed", adapter.TakeReply()!.Text);
        Assert.Equal("Which breast?", adapter.TakeReply()!.Text);
    }
}
