using FeminaBot.Tests.Hosting;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace FeminaBot.Tests.Browser;

/// <summary>The chat page on a phone: 390×664 CSS pixels, a phone's screen less its browser bars.</summary>
public sealed class PhonePageTests : IDisposable
{
    private static readonly string[] Answers = ["Yes", "No", "Not sure"];

    // What a parent must see after each turn without scrolling: the send box, the bot's newest message and
    // its buttons, each inside the screen and not hidden under anything (the transcript clips what it
    // scrolls away); and the page itself never scrolled. Returns what is wrong, or null.
    private const string InViewProblems = """
        const [expected, buttons] = arguments;
        const problems = [];
        const shown = (what, e) => {
          if (!e) { problems.push(what + ' is missing'); return; }
          const r = e.getBoundingClientRect();
          if (r.width === 0 || r.height === 0 || r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth) {
            problems.push(`${what} is at (${r.left}, ${r.top})-(${r.right}, ${r.bottom}) in a ${innerWidth}×${innerHeight} screen`);
            return;
          }
          const x = (r.left + r.right) / 2;
          for (const y of [r.top + 2, (r.top + r.bottom) / 2, r.bottom - 2]) {
            if (!e.contains(document.elementFromPoint(x, y))) { problems.push(`${what} is covered or clipped at y=${y}`); return; }
          }
        };
        shown('the send box', document.querySelector('.webchat__send-box'));
        shown('the send box input', document.querySelector("[data-id='webchat-sendbox-input']"));
        const bot = [...document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)')].pop();
        if (!bot || !bot.textContent.includes(expected)) { problems.push(`the newest bot message is not "${expected}"`); } else { shown('the newest bot message', bot); }
        const actions = [...document.querySelectorAll('.webchat__suggested-action')];
        const titles = actions.map(a => a.textContent.trim());
        if (titles.join('|') !== buttons.join('|')) { problems.push(`the buttons are [${titles}], not [${buttons}]`); }
        actions.forEach(a => shown(`the button "${a.textContent.trim()}"`, a));
        const page = document.scrollingElement;
        if (page.scrollTop !== 0 || page.scrollHeight > innerHeight) { problems.push(`the page scrolled to ${page.scrollTop} of ${page.scrollHeight}`); }
        return problems.length ? problems.join('; ') : null;
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-phone-").FullName;

    [SkippableFact]
    public async Task On_a_phone_the_send_box_the_newest_message_and_its_buttons_stay_in_view_turn_after_turn_and_the_page_never_scrolls()
    {
        RequiredTools.RequireChromium();
        await using var program = await RunningProgram.StartAsync(Path.Combine(_directory, "feminabot.db"));
        using var page = ChatBrowser.Start(_directory, phone: (390, 664));

        page.Open(new Uri(program.Address, "/"));

        Assert.Equal([390L, 664L], (IEnumerable<object>)page.Run("return [innerWidth, innerHeight]")!);
        page.SeeSuggestedActions();
        AllInView(page, "What would you like to do?", "Check my symptoms", "Massage steps", "Offices and hours");

        page.Type("my left breast is very full and hard");
        AllInView(page, "First, a quick safety check.", Answers);
        page.Screenshot("feminabot-phone-safety-check.png");

        page.Tap("No");
        AllInView(page, "Is any part of the breast red, pink, or hot to the touch?", Answers);

        page.Type("no");
        AllInView(page, "Have you had a fever since this started?", Answers);

        page.Type("no");
        AllInView(page, "Have you had chills or shivering", Answers);

        page.Type("no");
        AllInView(page, "Do you have body aches", Answers);

        page.Type("no");
        AllInView(page, "Is that right?", "Yes, that's right", "No, let me fix it");
        page.Screenshot("feminabot-phone-read-back.png");
    }

    [SkippableFact]
    public async Task On_a_phone_the_header_is_one_bar_and_one_short_line_that_still_says_to_call_911_in_either_language()
    {
        RequiredTools.RequireChromium();
        await using var program = await RunningProgram.StartAsync(Path.Combine(_directory, "feminabot.db"));
        using var page = ChatBrowser.Start(_directory, phone: (390, 664));

        page.Open(new Uri(program.Address, "/"));
        page.SeeSuggestedActions();
        HeaderIsOneBarAndOneLine(page, "General guidance only. In danger? Call 911.");

        page.Tap("Español");
        page.SeePlaceholder("Escriba cómo se siente o pregunte por el horario");
        HeaderIsOneBarAndOneLine(page, "Solo orientación. ¿En peligro? Llame al 911.");
        page.Screenshot("feminabot-phone-es.png");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static void HeaderIsOneBarAndOneLine(ChatBrowser page, string line)
    {
        var header = page.Driver.FindElement(By.CssSelector("header"));
        var title = page.Driver.FindElement(By.CssSelector("header h1"));
        var languages = page.Driver.FindElements(By.CssSelector("header [data-language]"));
        var shortLine = page.Driver.FindElements(By.CssSelector("header p")).Single(p => p.Displayed);

        Assert.Equal(line, shortLine.Text);
        Assert.All(languages, b => Assert.InRange(b.Location.Y + (b.Size.Height / 2), title.Location.Y, title.Location.Y + title.Size.Height));
        Assert.InRange(shortLine.Size.Height, 1, 24);
        Assert.InRange(header.Size.Height, 1, 80);
    }

    private static void AllInView(ChatBrowser page, string newest, params string[] buttons)
    {
        page.SeeText(newest);

        // Web Chat scrolls its transcript to the newest message smoothly: wait for it to settle.
        string? problems = null;
        try
        {
            new WebDriverWait(page.Driver, TimeSpan.FromSeconds(10)).Until(_ => (problems = (string?)page.Run(InViewProblems, newest, buttons)) is null);
        }
        catch (WebDriverTimeoutException)
        {
            page.Screenshot("feminabot-phone-failed.png");
            Assert.Fail($"After \"{newest}\": {problems}");
        }
    }
}
