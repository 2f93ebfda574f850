using FeminaBot.Evaluation;
using Xunit.Abstractions;

namespace FeminaBot.Triage.Tests.Evaluation;

/// <summary>
/// The evaluation corpus (tests/FeminaBot.Evaluation/corpus): conversations written as parents type,
/// each with the route docs/clinical-rules.md asks for. Not one may end on less care than it needs.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("en", 1000, 0.97)]
    [InlineData("es", 300, 0.95)]
    public async Task No_conversation_of_the_corpus_is_under_triaged_and_enough_end_on_their_exact_route(string part, int atLeast, double exactAtLeast)
    {
        var card = await RunAsync(part);

        Assert.True(card.Results.Count >= atLeast, $"the corpus has only {card.Results.Count} conversations");
        Assert.True(card.UnderTriaged.Count == 0, string.Join("\n\n", card.UnderTriaged.Select(Scorecard.Describe)));
        Assert.True(card.ExactRate >= exactAtLeast, $"{card.ExactRate:P1} exact routes:\n{string.Join("\n\n", card.Inexact.Select(Scorecard.Describe))}");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void Every_case_of_both_parts_is_well_formed_and_the_parts_share_no_conversation(string language)
    {
        var tuned = CorpusFile.LoadFolder(CorpusFile.Folder(language));
        var heldBack = CorpusFile.LoadFolder(CorpusFile.Folder(language + "-heldback"));

        // Two writers may both open with "hi"; anything longer found in both parts was copied.
        static IEnumerable<string> Conversations(List<CorpusCase> cases) =>
            cases.Select(c => string.Join('\n', c.Say)).Where(text => text.Split(' ', '\n').Length >= 4);
        Assert.Empty(Conversations(tuned).Intersect(Conversations(heldBack)));
        Assert.All(tuned.Concat(heldBack), c => Assert.All(c.Say, m => Assert.True(!m.StartsWith('@') || m is "@readback" or "@side" or "@coaching", $"{c.Id}: unknown stand-in {m}")));
    }

    private async Task<Scorecard> RunAsync(string part)
    {
        var runner = new CorpusRunner(Clinic.Languages, part);
        var results = new List<CorpusRunner.Result>();
        foreach (var corpusCase in CorpusFile.LoadFolder(CorpusFile.Folder(part)))
        {
            results.Add(await runner.RunAsync(corpusCase));
        }

        var card = new Scorecard(results);
        output.WriteLine(card.Summary());
        output.WriteLine(card.Matrix());
        return card;
    }
}
