using FeminaBot.Tests.Hosting;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace FeminaBot.Tests.Browser;

/// <summary>The real chat page, with the real Web Chat widget, in headless Chromium against the real program.</summary>
public sealed class ChatPageTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    // Installed before any of the page's own scripts: every Content Security Policy violation the page reports.
    private const string ViolationListener = """
        window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
        """;
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-browser-").FullName;

    [SkippableTheory]
    [InlineData("")]
    [InlineData("?polling")]
    public async Task A_parent_reaches_a_triage_outcome_with_an_hours_question_on_the_way_under_the_pages_content_security_policy(string query)
    {
        RequiredTools.RequireChromium();
        await using var program = await RunningProgram.StartAsync(Path.Combine(_directory, "feminabot.db"));
        using var browser = StartChromium();
        browser.ExecuteCdpCommand("Page.addScriptToEvaluateOnNewDocument", new Dictionary<string, object?> { ["source"] = ViolationListener });

        browser.Navigate().GoToUrl(new Uri(program.Address, "/" + query));

        SeeText(browser, "FeminaBot from Femina Physical Therapy");
        ClickSuggestedAction(browser, "Check my symptoms");
        SeeText(browser, "First, a quick safety check.");
        ClickSuggestedAction(browser, "No");
        SeeText(browser, "Is any part of the breast red, pink, or hot to the touch?");

        Type(browser, "wait, are you open on Saturday?");
        SeeText(browser, "all our offices are closed");
        SeeTextTimes(browser, "Is any part of the breast red, pink, or hot to the touch?", 2);

        Type(browser, "yes, and it feels hot");
        SeeText(browser, "Please contact your doctor, midwife or OB today.");
        SeeText(browser, "use a cold compress rather than heat");

        var screenshot = Path.Combine(Path.GetTempPath(), $"feminabot-chat{(query.Length > 0 ? "-polling" : string.Empty)}.png");
        ((ITakesScreenshot)browser).GetScreenshot().SaveAsFile(screenshot);

        // Web Chat did all that without one violation; a script the page did not ship is refused, and heard.
        Assert.Empty(Violations(browser));
        browser.ExecuteScript("const s = document.createElement('script'); s.textContent = 'window.injected = true'; document.body.appendChild(s);");
        Assert.Equal(["script-src-elem inline"], Violations(browser));
        Assert.Null(browser.ExecuteScript("return window.injected"));
    }

    [SkippableFact]
    public async Task A_phone_number_in_a_reply_is_a_tel_link_a_parent_can_tap()
    {
        RequiredTools.RequireChromium();
        await using var program = await RunningProgram.StartAsync(Path.Combine(_directory, "feminabot.db"));
        using var browser = StartChromium();
        browser.ExecuteCdpCommand("Page.addScriptToEvaluateOnNewDocument", new Dictionary<string, object?> { ["source"] = ViolationListener });

        browser.Navigate().GoToUrl(new Uri(program.Address, "/"));
        SeeText(browser, "FeminaBot from Femina Physical Therapy");
        Type(browser, "what's the pasadena phone number");

        // Web Chat's Markdown renderer and its sanitizer keep the tel: address: a real link, not a button or plain text.
        var pasadena = SeeLink(browser, "tel:+18188731403");
        Assert.Equal("(818) 873-1403", pasadena.Text.Trim());
        Assert.Equal("a", pasadena.TagName);
        Assert.Equal("911", SeeLink(browser, "tel:911").Text.Trim());
        Assert.Empty(Violations(browser));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private ChromeDriver StartChromium()
    {
        // Use Debian's driver; Selenium must never try to download one.
        Environment.SetEnvironmentVariable("SE_OFFLINE", "true");
        var options = new ChromeOptions { BinaryLocation = RequiredTools.Chromium };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1000,1100",
            $"--user-data-dir={Path.Combine(_directory, "chromium")}");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(RequiredTools.ChromeDriver), Path.GetFileName(RequiredTools.ChromeDriver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        return new ChromeDriver(service, options, Wait);
    }

    private static List<string> Violations(IJavaScriptExecutor browser) =>
        ((IEnumerable<object>)browser.ExecuteScript("return window.cspViolations")!).Select(v => (string)v).ToList();

    private static void SeeText(IWebDriver browser, string text) => SeeTextTimes(browser, text, 1);

    private static void SeeTextTimes(IWebDriver browser, string text, int times)
    {
        var wait = new WebDriverWait(browser, Wait);
        try
        {
            wait.Until(b => CountOf(b.FindElement(By.TagName("body")).Text, text) >= times);
        }
        catch (WebDriverTimeoutException)
        {
            Assert.Fail($"The page never showed \"{text}\" {times} time(s). It showed:\n{browser.FindElement(By.TagName("body")).Text}");
        }
    }

    private static IWebElement SeeLink(IWebDriver browser, string href)
    {
        var wait = new WebDriverWait(browser, Wait);
        try
        {
            return wait.Until(b => b.FindElements(By.CssSelector("a[href^='tel:']")).FirstOrDefault(a => a.GetAttribute("href") == href));
        }
        catch (WebDriverTimeoutException)
        {
            Assert.Fail($"The page never held a link to {href}. It showed:\n{browser.FindElement(By.TagName("body")).Text}");
            throw;
        }
    }

    private static void ClickSuggestedAction(IWebDriver browser, string title)
    {
        var wait = new WebDriverWait(browser, Wait);
        var button = wait.Until(b => b.FindElements(By.CssSelector("button"))
            .LastOrDefault(e => e.Displayed && e.Enabled && e.Text.Trim() == title));
        button.Click();
    }

    private static void Type(IWebDriver browser, string text)
    {
        var wait = new WebDriverWait(browser, Wait);
        var input = wait.Until(b => b.FindElements(By.CssSelector("[data-id='webchat-sendbox-input'], input[aria-label], textarea")).FirstOrDefault(e => e.Displayed));
        input.SendKeys(text);
        input.SendKeys(Keys.Enter);
    }

    private static int CountOf(string haystack, string needle)
    {
        var count = 0;
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
