using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Storage;
using FeminaBot.Conversations.Testing;
using Microsoft.Extensions.Time.Testing;

namespace FeminaBot.Triage.Tests.Pipeline;

/// <summary>Phone numbers a parent can tap where the channel renders Markdown, and plain text where it does not.</summary>
public class PhoneLinksMiddlewareTests
{
    [Fact]
    public void A_number_in_a_sentence_becomes_a_tel_link_with_the_country_code()
    {
        Assert.Equal(
            "For Burbank, the closest office is Pasadena: 350 S. Lake Avenue #220, Pasadena, CA 91101. Phone [(818) 873-1403](tel:+18188731403).",
            PhoneLinksMiddleware.WithLinks("For Burbank, the closest office is Pasadena: 350 S. Lake Avenue #220, Pasadena, CA 91101. Phone (818) 873-1403."));
    }

    [Fact]
    public void Every_number_of_a_message_is_linked()
    {
        Assert.Equal(
            "Call us: Beverly Hills [(310) 871-9554](tel:+13108719554), Pasadena [(818) 873-1403](tel:+18188731403), Sherman Oaks [(818) 877-6910](tel:+18188776910).",
            PhoneLinksMiddleware.WithLinks("Call us: Beverly Hills (310) 871-9554, Pasadena (818) 873-1403, Sherman Oaks (818) 877-6910."));
    }

    [Theory]
    [InlineData("Pasadena: [(818) 873-1403](tel:+18188731403)")]
    [InlineData("Ring [the Pasadena office at (818) 873-1403](tel:+18188731403) today.")]
    [InlineData("If you are in danger, call [911](tel:911).")]
    public void A_number_already_inside_a_link_is_left_alone(string text)
    {
        Assert.Equal(text, PhoneLinksMiddleware.WithLinks(text));
    }

    [Fact]
    public void A_number_beside_a_link_is_linked_and_the_link_is_kept()
    {
        Assert.Equal(
            "See [our offices](https://example.org/offices) or call [(818) 873-1403](tel:+18188731403).",
            PhoneLinksMiddleware.WithLinks("See [our offices](https://example.org/offices) or call (818) 873-1403."));
    }

    [Theory]
    [InlineData("If you are in danger, call 911.", "If you are in danger, call [911](tel:911).")]
    [InlineData("Please call 911 now. What you describe can be an emergency.", "Please call [911](tel:911) now. What you describe can be an emergency.")]
    [InlineData("you can also call or text 988, the Suicide & Crisis Lifeline, at any time.", "you can also call or text [988](tel:988), the Suicide & Crisis Lifeline, at any time.")]
    [InlineData("Dial 911 if your baby is not breathing.", "Dial [911](tel:911) if your baby is not breathing.")]
    [InlineData("please call\n911 now.", "please call\n[911](tel:911) now.")]
    [InlineData("Si está en peligro, llame al 911.", "Si está en peligro, llame al [911](tel:911).")]
    [InlineData("puede llamar o mandar un mensaje de texto al 988, a cualquier hora.", "puede llamar o mandar un mensaje de texto al [988](tel:988), a cualquier hora.")]
    public void The_emergency_numbers_are_linked_where_the_text_says_to_call_or_text_them(string text, string linked)
    {
        Assert.Equal(linked, PhoneLinksMiddleware.WithLinks(text));
    }

    [Theory]
    [InlineData("Our suite is 911 on the ninth floor.")]
    [InlineData("La línea 988 atiende de día y de noche.")]
    [InlineData("The 988 Lifeline answers day and night.")]
    [InlineData("Please call 9110.")]
    [InlineData("I'll ask a few short questions, one at a time.")]
    [InlineData("Beverly Hills: 9012 Burton Way, Beverly Hills, CA 90211")]
    [InlineData("Tuesday: 7:00 AM – 6:00 PM")]
    [InlineData("[[[[ ]( (((( call ")]
    public void Text_without_a_number_to_call_is_unchanged(string text)
    {
        Assert.Equal(text, PhoneLinksMiddleware.WithLinks(text));
    }

    [Theory]
    [InlineData(Channels.Webchat)]
    [InlineData(Channels.Directline)]
    [InlineData(Channels.Emulator)]
    [InlineData(Channels.Msteams)]
    public async Task Channels_that_render_Markdown_get_the_links(string channel)
    {
        Assert.Equal("Pasadena: [(818) 873-1403](tel:+18188731403). If you are in danger, call [911](tel:911).",
            await ReplyTextOn(channel, MessageFactory.Text("Pasadena: (818) 873-1403. If you are in danger, call 911.")));
    }

    [Theory]
    [InlineData(Channels.Sms)]
    [InlineData(Channels.Console)]
    public async Task SMS_and_the_console_keep_plain_numbers(string channel)
    {
        Assert.Equal("Pasadena: (818) 873-1403. If you are in danger, call 911.",
            await ReplyTextOn(channel, MessageFactory.Text("Pasadena: (818) 873-1403. If you are in danger, call 911.")));
    }

    [Fact]
    public async Task Text_sent_as_plain_is_left_plain()
    {
        Assert.Equal("Pasadena: (818) 873-1403",
            await ReplyTextOn(Channels.Webchat, MessageFactory.Text("Pasadena: (818) 873-1403") with { TextFormat = TextFormats.Plain }));
    }

    [Fact]
    public async Task Button_titles_keep_plain_numbers()
    {
        var adapter = new TestAdapter(Channels.Webchat);
        adapter.Use(new PhoneLinksMiddleware());

        await adapter.ProcessActivityAsync(adapter.MakeMessage("phone?"), (context, ct) => context.SendActivityAsync(
            MessageFactory.SuggestedActions(["Call (818) 873-1403", "call 911"], "Which one? (818) 873-1403"), ct));

        var reply = adapter.TakeReply()!;
        Assert.Equal("Which one? [(818) 873-1403](tel:+18188731403)", reply.Text);
        Assert.Equal(["Call (818) 873-1403", "call 911"], ActivityText.ChoicesOf(reply));
    }

    [Fact]
    public async Task Teams_hero_card_text_stays_HTML_without_Markdown_links()
    {
        var pipeline = new TriagePipeline(Clinic.Content, new MemoryStorage(), new FakeTimeProvider(Clinic.TuesdayMorning));
        var adapter = pipeline.Configure(new TestAdapter(Channels.Msteams));

        await adapter.ProcessActivityAsync(adapter.MakeMessage("massage"), (context, ct) => context.SendActivityAsync(
            ChoiceFactory.HeroCard(Choice.FromValues("Next", "Repeat", "Back", "Stop"), "Step 1\nIf it hurts, call (818) 873-1403 or call 911."), ct));

        var card = adapter.TakeReply()!.Attachments!.Single().Content!.Value;
        Assert.Equal("Step 1<br>If it hurts, call (818) 873-1403 or call 911.", card.GetProperty("text").GetString());
    }

    private static async Task<string?> ReplyTextOn(string channel, Activity reply)
    {
        var adapter = new TestAdapter(channel);
        adapter.Use(new PhoneLinksMiddleware());
        await adapter.ProcessActivityAsync(adapter.MakeMessage("phone?"), (context, ct) => context.SendActivityAsync(reply, ct));
        return adapter.TakeReply()!.Text;
    }
}
