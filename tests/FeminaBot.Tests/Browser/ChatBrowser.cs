using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace FeminaBot.Tests.Browser;

/// <summary>
/// Debian's headless Chromium driven through its own chromedriver, on the chat page: what a parent
/// sees, says and taps, and what the page reported of itself.
/// </summary>
internal sealed class ChatBrowser : IDisposable
{
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    // Installed before any of the page's own scripts: every Content Security Policy violation the
    // page reports, and the body of every request it sends (DirectLineJS posts with XMLHttpRequest).
    private const string Listeners = """
        window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
        window.sent = [];
        const open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
        XMLHttpRequest.prototype.open = function (method, url) { this.feminaRequest = method + ' ' + new URL(url, location.href).pathname; return open.apply(this, arguments); };
        XMLHttpRequest.prototype.send = function (body) { window.sent.push({ request: this.feminaRequest, body: typeof body === 'string' ? body : null }); return send.apply(this, arguments); };
        """;

    private ChatBrowser(ChromeDriver driver) => Driver = driver;

    public ChromeDriver Driver { get; }

    /// <summary>
    /// Chromium with its profile in <paramref name="directory"/>, its language <paramref name="language"/>
    /// (navigator.language), and a desktop window or, given <paramref name="phone"/>, a phone's screen.
    /// </summary>
    public static ChatBrowser Start(string directory, string language = "en-US", (int Width, int Height)? phone = null)
    {
        // Use Debian's driver; Selenium must never try to download one.
        Environment.SetEnvironmentVariable("SE_OFFLINE", "true");
        var options = new ChromeOptions { BinaryLocation = RequiredTools.Chromium };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1000,1100",
            $"--lang={language}", $"--user-data-dir={Path.Combine(directory, "chromium")}");
        options.AddUserProfilePreference("intl.accept_languages", language);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(RequiredTools.ChromeDriver), Path.GetFileName(RequiredTools.ChromeDriver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var driver = new ChromeDriver(service, options, Wait);
        try
        {
            driver.ExecuteCdpCommand("Page.addScriptToEvaluateOnNewDocument", new Dictionary<string, object?> { ["source"] = Listeners });
            if (phone is var (width, height))
            {
                driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
                {
                    ["width"] = width,
                    ["height"] = height,
                    ["deviceScaleFactor"] = 3,
                    ["mobile"] = true,
                });
                driver.ExecuteCdpCommand("Emulation.setTouchEmulationEnabled", new Dictionary<string, object?> { ["enabled"] = true });
            }

            return new ChatBrowser(driver);
        }
        catch
        {
            driver.Dispose();
            throw;
        }
    }

    public void Open(Uri address) => Driver.Navigate().GoToUrl(address);

    public string PageText => Driver.FindElement(By.TagName("body")).Text;

    public void SeeText(string text, int times = 1)
    {
        try
        {
            Waiting().Until(_ => CountOf(Straight(PageText), Straight(text)) >= times);
        }
        catch (WebDriverTimeoutException)
        {
            Assert.Fail($"The page never showed \"{text}\" {times} time(s). It showed:\n{PageText}");
        }
    }

    public IWebElement SeeLink(string href) =>
        Until(b => b.FindElements(By.CssSelector("a[href^='tel:']")).FirstOrDefault(a => a.GetAttribute("href") == href), $"a link to {href}");

    /// <summary>Taps the newest shown button with this title: a suggested action, or one of the page's own.</summary>
    public void Tap(string title) =>
        Until(b => b.FindElements(By.CssSelector("button")).LastOrDefault(e => e.Displayed && e.Enabled && e.Text.Trim() == title) is { } button ? Click(button) : null, $"a button \"{title}\"");

    public void Type(string text)
    {
        var input = SendBox();
        input.SendKeys(text);
        input.SendKeys(Keys.Enter);
    }

    public IWebElement SendBox() =>
        Until(b => b.FindElements(By.CssSelector("[data-id='webchat-sendbox-input']")).FirstOrDefault(e => e.Displayed), "the send box");

    /// <summary>Waits for the send box to show this placeholder (Web Chat renders again on a switch of language).</summary>
    public void SeePlaceholder(string placeholder) =>
        Until(b => b.FindElements(By.CssSelector("[data-id='webchat-sendbox-input']")).Any(e => e.GetAttribute("placeholder") == placeholder) ? placeholder : null, $"the send box saying \"{placeholder}\"");

    /// <summary>The titles of the suggested actions shown under the newest message, once there are some.</summary>
    public IReadOnlyList<string> SeeSuggestedActions() =>
        Until(b => b.FindElements(By.CssSelector(".webchat__suggested-action")).Where(e => e.Displayed).Select(e => e.Text.Trim()).ToList() is { Count: > 0 } titles ? titles : null, "suggested actions");

    public object? Run(string script, params object[] arguments) => Driver.ExecuteScript(script, arguments);

    public List<string> CspViolations() =>
        ((IEnumerable<object>)Run("return window.cspViolations")!).Select(v => (string)v).ToList();

    /// <summary>The JSON bodies the page sent to the path, in order.</summary>
    public List<JsonElement> Sent(string method, string pathSuffix) =>
        ((IEnumerable<object>)Run("return window.sent.filter(s => s.body !== null).map(s => s.request + '\\n' + s.body)")!)
            .Cast<string>()
            .Select(s => s.Split('\n', 2))
            .Where(s => s[0].StartsWith(method + " ", StringComparison.Ordinal) && s[0].EndsWith(pathSuffix, StringComparison.Ordinal))
            .Select(s => JsonDocument.Parse(s[1]).RootElement.Clone())
            .ToList();

    public void Screenshot(string name) =>
        ((ITakesScreenshot)Driver).GetScreenshot().SaveAsFile(Path.Combine(Path.GetTempPath(), name));

    public T Until<T>(Func<IWebDriver, T?> found, string what)
        where T : class
    {
        try
        {
            return Waiting().Until(found)!;
        }
        catch (WebDriverTimeoutException)
        {
            Assert.Fail($"The page never showed {what}. It showed:\n{PageText}");
            throw;
        }
    }

    public void Dispose() => Driver.Dispose();

    private static IWebElement Click(IWebElement element)
    {
        element.Click();
        return element;
    }

    // Web Chat renders again as messages come and on a switch of language: an element found a moment ago may be gone.
    private WebDriverWait Waiting()
    {
        var wait = new WebDriverWait(Driver, Wait);
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException));
        return wait;
    }

    // Web Chat's Markdown typesets quotes and apostrophes ("I'll" shows as "I’ll"); the content has them straight.
    private static string Straight(string text) =>
        text.Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"');

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
