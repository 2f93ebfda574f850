using FeminaBot.Evaluation;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Understanding;

// dotnet run --project tests/FeminaBot.Evaluation [-- en | heldback | <folder>] [--show N] [--inexact]
// dotnet run --project tests/FeminaBot.Evaluation -- read "text": what FeminaBot reads in one message.
var content = TriageContent.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"));
if (args.Length >= 2 && args[0] == "read")
{
    var reading = new MessageReader(content).Read(args[1], DateTime.Now);
    Console.WriteLine($"words: {string.Join(' ', reading.Words.Select(w => (w.Sentence ? ". " : w.Comma ? ", " : string.Empty) + w.Text))}");
    Console.WriteLine($"findings: {string.Join(", ", reading.Findings.Select(f => $"{f.Key}={f.Value}"))}");
    Console.WriteLine($"emergency: {string.Join(", ", reading.EmergencySigns)}; temperatures: {string.Join(", ", reading.Temperatures.Select(t => t.AsGiven))}; bare: {string.Join(", ", reading.BareNumbers)}");
    Console.WriteLine($"baby ill: {reading.BabyIll}; side: {reading.Side}; command: {reading.Command}; office: {reading.OfficeQuestion?.Kind}");
    return 0;
}

var part = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "en";
var folder = part switch
{
    "en" => CorpusFile.Folder("en"),
    "heldback" => CorpusFile.Folder("en-heldback"),
    _ => part,
};
var show = args.SkipWhile(a => a != "--show").Skip(1).Select(int.Parse).FirstOrDefault(20);
var cases = CorpusFile.LoadFolder(folder);
var runner = new CorpusRunner(content);
var results = new List<CorpusRunner.Result>();
foreach (var corpusCase in cases)
{
    results.Add(await runner.RunAsync(corpusCase));
}

var card = new Scorecard(results);
Console.WriteLine($"corpus: {folder}");
Console.WriteLine(card.Summary());
Console.WriteLine();
Console.WriteLine(card.Matrix());
var listed = args.Contains("--inexact") ? card.Inexact : card.UnderTriaged;
foreach (var result in listed.Take(show))
{
    Console.WriteLine(Scorecard.Describe(result));
}

return card.UnderTriaged.Count == 0 ? 0 : 1;
