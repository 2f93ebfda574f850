using System.Net;
using FeminaBot.Conversations.Storage;
using FeminaBot.Tests.Hosting;
using FeminaBot.Twilio;
using Microsoft.Extensions.DependencyInjection;

namespace FeminaBot.Tests.Twilio;

public sealed class SmsConversationTests : IDisposable
{
    private readonly FeminaBotFactory _factory = new();

    public SmsConversationTests() => SmsPhone.Configure(_factory);

    [Fact]
    public async Task A_whole_triage_by_text_with_numbered_replies_free_text_and_an_hours_question()
    {
        var phone = new SmsPhone(_factory);

        var hi = await phone.TextAsync("hi");
        Assert.StartsWith("Hi, I'm FeminaBot", hi.Replies[0], StringComparison.Ordinal);
        Assert.Equal("What would you like to do? (1) Check my symptoms, (2) Massage steps, or (3) Offices and hours", hi.Replies[^1]);

        var start = await phone.TextAsync("1");
        Assert.Contains(start.Replies, r => r.StartsWith("First, a quick safety check.", StringComparison.Ordinal) && r.Contains("- A seizure", StringComparison.Ordinal));
        Assert.All(start.Replies, r => Assert.True(SmsText.IsGsm7(r), r));

        var redness = await phone.TextAsync("2");
        Assert.Equal(["Is any part of the breast red, pink, or hot to the touch? (1) Yes, (2) No, or (3) Not sure"], redness.Replies);

        var hours = await phone.TextAsync("what are the Pasadena hours on Friday?");
        Assert.Equal("On Friday, November 27:\nPasadena: by appointment: call (818) 873-1403", hours.Replies[0]);
        Assert.Equal(redness.Replies, hours.Replies[1..]);

        await phone.TextAsync("no redness, no fever, no chills");
        var coached = await phone.TextAsync("no body aches but my left breast has a clogged duct");
        Assert.Contains(coached.Replies, r => r.StartsWith("Your symptoms sound like milk stasis", StringComparison.Ordinal));
        var readBack = string.Join('\n', coached.Replies);
        Assert.Contains("You told me: a lump or tender spot on the left;", readBack, StringComparison.Ordinal);
        Assert.EndsWith("No, let me fix it", readBack, StringComparison.Ordinal);

        var first = await phone.TextAsync("1");
        Assert.StartsWith("Step 1: Stimulate your lymphatic system", first.Replies[0], StringComparison.Ordinal);

        var step = await phone.TextAsync("1");
        Assert.Equal("Step 2: Massage the affected breast", step.Replies[0]);
        Assert.StartsWith("With a flat palm and your right hand", step.Replies[^1], StringComparison.Ordinal);
        // The choices come in the same text as the instruction they follow, not alone.
        Assert.EndsWith("a little.\n\n   1. Next\n   2. Repeat\n   3. Back\n   4. Stop", step.Replies[^1], StringComparison.Ordinal);
        Assert.All(step.Replies, r => Assert.True(SmsText.Segments(r) <= 2, r));
    }

    [Fact]
    public async Task The_same_webhook_twice_runs_the_turn_once()
    {
        var phone = new SmsPhone(_factory);

        var first = await phone.TextAsync("hi", messageSid: "SM11111111111111111111111111111111");
        var again = await phone.TextAsync("hi", messageSid: "SM11111111111111111111111111111111");
        var next = await phone.TextAsync("hello");

        Assert.NotEmpty(first.Replies);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Empty(again.Replies);
        Assert.Equal(["What would you like to do? (1) Check my symptoms, (2) Massage steps, or (3) Offices and hours"], next.Replies);
    }

    [Fact]
    public async Task A_bad_or_missing_signature_is_refused_with_403_and_nothing_runs()
    {
        var phone = new SmsPhone(_factory);

        var forged = await phone.TextAsync("hi", signature: "AAAAAAAAAAAAAAAAAAAAAAAAAAA=");
        var missing = await phone.TextAsync("hi", signature: string.Empty);
        var genuine = await phone.TextAsync("hi");

        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);
        Assert.Equal(HttpStatusCode.Forbidden, missing.Status);
        Assert.StartsWith("Hi, I'm FeminaBot", genuine.Replies[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task STOP_silences_the_bot_until_START_and_HELP_says_who_we_are()
    {
        var phone = new SmsPhone(_factory);
        await phone.TextAsync("my breast is engorged");

        var help = await phone.TextAsync("HELP");
        var stop = await phone.TextAsync("STOP");
        var ignored = await phone.TextAsync("hello?");
        var start = await phone.TextAsync("START");
        var back = await phone.TextAsync("hi");

        Assert.Contains("(310) 871-9554", string.Join(' ', help.Replies), StringComparison.Ordinal);
        Assert.Contains("Reply STOP", string.Join(' ', help.Replies), StringComparison.Ordinal);
        Assert.Empty(stop.Replies);
        Assert.Empty(ignored.Replies);
        Assert.Empty(start.Replies);
        Assert.Equal(["What would you like to do? (1) Check my symptoms, (2) Massage steps, or (3) Offices and hours"], back.Replies);
    }

    [Fact]
    public async Task HELP_from_a_number_that_opted_out_is_left_to_Twilio()
    {
        var phone = new SmsPhone(_factory);
        await phone.TextAsync("STOP");

        var help = await phone.TextAsync("HELP");
        await phone.TextAsync("START");
        var helpAgain = await phone.TextAsync("HELP");

        Assert.Equal(HttpStatusCode.OK, help.Status);
        Assert.Empty(help.Replies);
        Assert.Contains("(310) 871-9554", string.Join(' ', helpAgain.Replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_store_keeps_no_phone_number_in_its_keys_or_documents()
    {
        var store = new RecordingStorage();
        _factory.ExtraServices = services => services.AddSingleton<IStorage>(store);
        var phone = new SmsPhone(_factory, "+13105550123");

        await phone.TextAsync("hi");
        var symptoms = await phone.TextAsync("1");
        var answered = await phone.TextAsync("2");
        await phone.TextAsync("STOP");
        await phone.TextAsync("START");

        Assert.Contains(symptoms.Replies, r => r.StartsWith("First, a quick safety check.", StringComparison.Ordinal));
        Assert.Equal(["Is any part of the breast red, pink, or hot to the touch? (1) Yes, (2) No, or (3) Not sure"], answered.Replies);
        Assert.Contains(store.Written, w => w.Key.StartsWith("sms/conversations/", StringComparison.Ordinal));
        Assert.Contains(store.Written, w => w.Key.StartsWith("sms/optouts/", StringComparison.Ordinal));
        Assert.All(store.Written, w => Assert.DoesNotContain("3105550123", w.Key + w.Json, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Yes_is_an_answer_not_an_opt_in_for_a_number_that_never_opted_out()
    {
        var phone = new SmsPhone(_factory);
        await phone.TextAsync("my breast is engorged");
        await phone.TextAsync("no");

        var yes = await phone.TextAsync("yes");

        Assert.StartsWith("Please contact your doctor, midwife or OB today.", yes.Replies[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_picture_gets_a_kind_answer()
    {
        var phone = new SmsPhone(_factory);
        await phone.TextAsync("hi");

        var media = await phone.TextAsync(string.Empty, extra: new() { ["NumMedia"] = "1", ["MediaContentType0"] = "image/jpeg", ["MediaUrl0"] = "https://media.example/1" });

        Assert.Equal("I can only read text messages. Please tell me in words how you are feeling.", media.Replies[0]);
    }

    [Fact]
    public async Task Without_settings_the_webhook_says_SMS_is_not_set_up()
    {
        using var factory = new FeminaBotFactory();

        var response = await factory.CreateClient().PostAsync(new Uri("/api/twilio", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
