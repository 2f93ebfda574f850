using System.Text.Json;
using Deque.AxeCore.Commons;

namespace FeminaBot.Tests.Browser;

/// <summary>
/// axe-core, the copy bundled in Deque.AxeCore.Commons (no network at test time), run in the page as it
/// stands: its serious and critical violations, one line each with the elements they are on.
/// </summary>
internal static class Axe
{
    private static readonly Lazy<string> Script = new(() => new BundledAxeScriptProvider().GetScript());

    private const string Run = """
        const done = arguments[arguments.length - 1];
        axe.run(document, { resultTypes: ['violations'] })
          .then(r => done(JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ') + ' ' + n.html) })))))
          .catch(e => done(JSON.stringify({ error: String(e) })));
        """;

    /// <summary>Fails with every serious or critical violation, one per line, if there is any.</summary>
    public static void FindsNothingSerious(ChatBrowser page, string where)
    {
        var violations = SeriousViolations(page);
        if (violations.Count > 0)
        {
            Assert.Fail($"axe-core found on the page {where}:\n{string.Join('\n', violations)}");
        }
    }

    private static List<string> SeriousViolations(ChatBrowser page)
    {
        if (page.Run("return typeof window.axe") as string != "object")
        {
            page.Run(Script.Value);
        }

        using var result = JsonDocument.Parse((string)page.Driver.ExecuteAsyncScript(Run)!);
        if (result.RootElement.ValueKind == JsonValueKind.Object)
        {
            throw new InvalidOperationException("axe-core failed: " + result.RootElement.GetProperty("error").GetString());
        }

        return result.RootElement.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()} on "
                + string.Join(" | ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString())))
            .ToList();
    }
}
