using System.Text.Json;
using FeminaBot.Tests.Hosting;
using FeminaBot.Triage.Content;
using OpenQA.Selenium;

namespace FeminaBot.Tests.Browser;

/// <summary>The page in English or Español: the browser's language, the switch in the header, and a triage in Spanish.</summary>
public sealed class LanguageTests : IDisposable
{
    private const string SpanishPlaceholder = "Escriba cómo se siente o pregunte por el horario";
    private const string EnglishPlaceholder = "Type how you feel, or ask about office hours";

    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-language-").FullName;

    [SkippableFact]
    public async Task A_browser_in_Spanish_gets_the_page_in_Spanish_and_starts_the_conversation_in_es_US()
    {
        RequiredTools.RequireChromium();
        await using var program = await RunningProgram.StartAsync(Path.Combine(_directory, "feminabot.db"));
        using var page = ChatBrowser.Start(_directory, language: "es-MX");

        page.Open(new Uri(program.Address, "/"));

        Assert.Equal("es-MX", page.Run("return navigator.language"));
        page.SeePlaceholder(SpanishPlaceholder);
        page.SeeText("Si está en peligro, llame al 911.");
        Assert.Equal("es", page.Run("return document.documentElement.lang"));
        Assert.Equal("true", Switch(page, "es").GetAttribute("aria-pressed"));
        Assert.Equal("false", Switch(page, "en").GetAttribute("aria-pressed"));
        Assert.Equal("es-US", page.Sent("POST", "/v3/directline/conversations").Single().GetProperty("locale").GetString());
        page.SeeSuggestedActions();
        Assert.Empty(page.CspViolations());
    }

    [SkippableFact]
    public async Task Switching_to_Español_keeps_the_transcript_tells_the_bot_and_is_remembered_on_the_next_visit()
    {
        RequiredTools.RequireChromium();
        await using var program = await RunningProgram.StartAsync(Path.Combine(_directory, "feminabot.db"));
        using var page = ChatBrowser.Start(_directory);
        page.Open(new Uri(program.Address, "/"));
        page.SeePlaceholder(EnglishPlaceholder);
        Assert.Equal("en-US", page.Sent("POST", "/v3/directline/conversations").Single().GetProperty("locale").GetString());
        var menu = page.SeeSuggestedActions();
        var transcript = Transcript(page);

        page.Tap("Español");

        page.SeePlaceholder(SpanishPlaceholder);
        page.SeeText("Si está en peligro, llame al 911.");
        Assert.Equal("es", page.Run("return document.documentElement.lang"));
        Assert.Equal("true", Switch(page, "es").GetAttribute("aria-pressed"));
        Assert.Equal("false", Switch(page, "en").GetAttribute("aria-pressed"));
        Assert.StartsWith(transcript, Transcript(page), StringComparison.Ordinal);
        var told = SeeSent(page, "the language event", IsLanguageEvent);
        Assert.Equal("es", told.GetProperty("value").GetString());
        Assert.Equal("es-US", told.GetProperty("locale").GetString());

        // What the parent writes now goes in Spanish too.
        page.Type("hola");
        var hola = SeeSent(page, "the message", a => a.GetProperty("type").GetString() == "message" && a.GetProperty("text").GetString() == "hola");
        Assert.Equal("es-US", hola.GetProperty("locale").GetString());

        page.Open(new Uri(program.Address, "/"));

        page.SeePlaceholder(SpanishPlaceholder);
        Assert.Equal("es-US", page.Sent("POST", "/v3/directline/conversations").Single().GetProperty("locale").GetString());
        page.SeeSuggestedActions();
        page.Tap("English");
        page.SeePlaceholder(EnglishPlaceholder);
        Assert.Equal("en", page.Run("return document.documentElement.lang"));
        var back = SeeSent(page, "the language event", IsLanguageEvent);
        Assert.Equal("en", back.GetProperty("value").GetString());
        Assert.Equal("en-US", back.GetProperty("locale").GetString());
        Assert.Equal(menu.Count, page.SeeSuggestedActions().Count);
        Assert.Empty(page.CspViolations());
    }

    // Every text and button it expects comes from the Spanish content, as the program loads it.
    [SkippableFact]
    public async Task A_parent_switches_to_Español_and_a_triage_in_Spanish_reaches_the_first_massage_step()
    {
        RequiredTools.RequireChromium();
        var es = TriageLanguages.Load(Path.Combine(RunningProgram.RepositoryRoot, "dialogs")).Find("es")!;
        await using var program = await RunningProgram.StartAsync(Path.Combine(_directory, "feminabot.db"));
        using var page = ChatBrowser.Start(_directory);
        page.Open(new Uri(program.Address, "/"));
        page.SeeSuggestedActions();

        page.Tap("Español");
        page.SeePlaceholder(SpanishPlaceholder);

        page.Type("tengo el pecho izquierdo muy lleno y duro");
        page.SeeText(es.Messages[MessageKeys.TriageStart]);
        page.SeeText(FirstLine(es.Emergency.Question));
        page.Tap(es.Choices.Answers[1].Title);
        foreach (var finding in new[] { FindingIds.Redness, FindingIds.Fever, FindingIds.Chills, FindingIds.BodyAches })
        {
            page.SeeText(FirstLine(es.Findings[finding].Question));
            page.Type("no");
        }

        page.SeeText(FirstLine(es.Messages[MessageKeys.RouteTbml]));
        page.Tap(es.Choices.ReadBack[0].Title);
        page.SeeText(es.Tbml.Steps[0].Title);
        page.Screenshot("feminabot-chat-es.png");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static IWebElement Switch(ChatBrowser page, string language) =>
        page.Driver.FindElement(By.CssSelector($".languages [data-language='{language}']"));

    private static string Transcript(ChatBrowser page) =>
        string.Join('\n', page.Driver.FindElements(By.CssSelector(".webchat__bubble")).Select(b => b.Text));

    // The first activity the page has posted since it loaded that matches.
    private static JsonElement SeeSent(ChatBrowser page, string what, Func<JsonElement, bool> match) =>
        JsonDocument.Parse(page.Until(_ => page.Sent("POST", "/activities").Where(match).Select(a => a.GetRawText()).FirstOrDefault(), what)).RootElement;

    private static bool IsLanguageEvent(JsonElement activity) =>
        activity.GetProperty("type").GetString() == "event" && activity.GetProperty("name").GetString() == "language";

    // A message's first line reads the same in the page's text whatever Markdown does to the rest.
    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
