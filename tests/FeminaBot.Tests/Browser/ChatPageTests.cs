using FeminaBot.Tests.Hosting;

namespace FeminaBot.Tests.Browser;

/// <summary>The real chat page, with the real Web Chat widget, in headless Chromium against the real program.</summary>
public sealed class ChatPageTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-browser-").FullName;

    [SkippableTheory]
    [InlineData("")]
    [InlineData("?polling")]
    public async Task A_parent_reaches_a_triage_outcome_with_an_hours_question_on_the_way_under_the_pages_content_security_policy(string query)
    {
        RequiredTools.RequireChromium();
        await using var program = await RunningProgram.StartAsync(Path.Combine(_directory, "feminabot.db"));
        using var page = ChatBrowser.Start(_directory);

        page.Open(new Uri(program.Address, "/" + query));

        page.SeeText("FeminaBot from Femina Physical Therapy");
        page.Tap("Check my symptoms");
        page.SeeText("First, a quick safety check.");
        page.Tap("No");
        page.SeeText("Is any part of the breast red, pink, or hot to the touch?");

        page.Type("wait, are you open on Saturday?");
        page.SeeText("all our offices are closed");
        page.SeeText("Is any part of the breast red, pink, or hot to the touch?", times: 2);

        page.Type("yes, and it feels hot");
        page.SeeText("Please contact your doctor, midwife or OB today.");
        page.SeeText("use a cold compress rather than heat");

        page.Screenshot($"feminabot-chat{(query.Length > 0 ? "-polling" : string.Empty)}.png");

        // Web Chat did all that without one violation; a script the page did not ship is refused, and heard.
        Assert.Empty(page.CspViolations());
        page.Run("const s = document.createElement('script'); s.textContent = 'window.injected = true'; document.body.appendChild(s);");
        Assert.Equal(["script-src-elem inline"], page.CspViolations());
        Assert.Null(page.Run("return window.injected"));
    }

    [SkippableFact]
    public async Task A_phone_number_in_a_reply_is_a_tel_link_a_parent_can_tap()
    {
        RequiredTools.RequireChromium();
        await using var program = await RunningProgram.StartAsync(Path.Combine(_directory, "feminabot.db"));
        using var page = ChatBrowser.Start(_directory);

        page.Open(new Uri(program.Address, "/"));
        page.SeeText("FeminaBot from Femina Physical Therapy");
        page.Type("what's the pasadena phone number");

        // Web Chat's Markdown renderer and its sanitizer keep the tel: address: a real link, not a button or plain text.
        var pasadena = page.SeeLink("tel:+18188731403");
        Assert.Equal("(818) 873-1403", pasadena.Text.Trim());
        Assert.Equal("a", pasadena.TagName);
        Assert.Equal("911", page.SeeLink("tel:911").Text.Trim());
        Assert.Empty(page.CspViolations());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
