using FeminaBot.Tests.Hosting;

namespace FeminaBot.Tests.Browser;

/// <summary>axe-core on the chat page with a conversation started (the welcome and the menu's buttons), in both languages.</summary>
public sealed class AccessibilityTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-axe-").FullName;

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Axe_finds_no_serious_or_critical_violation_in_English_or_after_switching_to_Español(bool phone)
    {
        RequiredTools.RequireChromium();
        await using var program = await RunningProgram.StartAsync(Path.Combine(_directory, "feminabot.db"));
        using var page = ChatBrowser.Start(_directory, phone: phone ? (390, 664) : null);

        page.Open(new Uri(program.Address, "/"));
        page.SeeSuggestedActions();
        Axe.FindsNothingSerious(page, "in English");

        page.Tap("Español");
        page.SeePlaceholder("Escriba cómo se siente o pregunte por el horario");
        page.SeeSuggestedActions();
        Axe.FindsNothingSerious(page, "in Español");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
