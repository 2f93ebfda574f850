using FeminaBot.ConsoleChannel;
using FeminaBot.Triage.Content;

namespace FeminaBot.Tests.ConsoleChannel;

/// <summary>The terminal runs the program's pipeline, not a composition of its own.</summary>
public class ConsolePipelineTests
{
    [Fact]
    public async Task A_line_delivered_twice_is_applied_once_and_answered_with_nothing_the_second_time()
    {
        var content = TriageContent.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"));
        var output = new StringWriter();
        var console = ConsoleChat.Open(content, new StringReader(string.Empty), output, TimeProvider.System);
        await console.ProcessAsync(console.Message("I have a plugged duct"), CancellationToken.None);
        var again = console.Message("no");

        await console.ProcessAsync(again, CancellationToken.None);
        var afterFirst = output.ToString().Length;
        await console.ProcessAsync(again, CancellationToken.None);

        Assert.Contains("FeminaBot: Is any part of the breast red, pink, or hot to the touch?", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(afterFirst, output.ToString().Length);
        await console.ProcessAsync(console.Message("no"), CancellationToken.None);
        Assert.Contains("FeminaBot: Have you had a fever since this started?", output.ToString()[afterFirst..], StringComparison.Ordinal);
    }
}
