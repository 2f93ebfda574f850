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
}
