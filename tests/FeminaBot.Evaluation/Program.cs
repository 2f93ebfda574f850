using FeminaBot.Evaluation;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Understanding;

// dotnet run --project tests/FeminaBot.Evaluation [-- en | heldback | es | es-heldback | <folder>] [--show N] [--inexact]
// dotnet run --project tests/FeminaBot.Evaluation -- read [--lang es] "text": what FeminaBot reads in one message.
var languages = TriageLanguages.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"));
var lang = args.SkipWhile(a => a != "--lang").Skip(1).FirstOrDefault() ?? "en";
if (args.Length >= 2 && args[0] == "read")
{
    var content = languages.Find(lang) ?? throw new ArgumentException($"no language '{lang}'");
    var reading = new MessageReader(content).Read(args[^1], DateTime.Now);
    Console.WriteLine($"words: {string.Join(' ', reading.Words.Select(w => (w.Sentence ? ". " : w.Comma ? ", " : string.Empty) + w.Text))}");
    Console.WriteLine($"findings: {string.Join(", ", reading.Findings.Select(f => $"{f.Key}={f.Value}"))}");
    Console.WriteLine($"emergency: {string.Join(", ", reading.EmergencySigns)}; temperatures: {string.Join(", ", reading.Temperatures.Select(t => t.AsGiven))}; bare: {string.Join(", ", reading.BareNumbers)}");
    Console.WriteLine($"baby ill: {reading.BabyIll}; side: {reading.Side}; command: {reading.Command}; office: {reading.OfficeQuestion?.Kind}");
    return 0;
}

if (args.Length >= 1 && args[0] == "offices")
{
    // dotnet run --project tests/FeminaBot.Evaluation -- offices [en | heldback | es | es-heldback] [--show N]
    var officePart = args.Length >= 2 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : "en";
    var officeFolder = OfficeCorpusFile.Folder(officePart == "heldback" ? "en-heldback" : officePart);
    var officeShow = args.SkipWhile(a => a != "--show").Skip(1).Select(int.Parse).FirstOrDefault(20);
    var officeRunner = new OfficeRunner(languages);
    var officeResults = new List<OfficeRunner.Result>();
    foreach (var officeCase in OfficeCorpusFile.LoadFolder(officeFolder))
    {
        officeResults.Add(await officeRunner.RunAsync(officeCase));
    }

    var answered = officeResults.Count(r => r.Answered);
    Console.WriteLine($"offices: {officeFolder}");
    Console.WriteLine($"{answered}/{officeResults.Count} answered with every fact ({100.0 * answered / officeResults.Count:0.0}%)");
    foreach (var group in officeResults.GroupBy(r => r.Case.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
    {
        Console.WriteLine($"  {group.Key,-14} {group.Count(r => r.Answered),3}/{group.Count()}");
    }

    foreach (var failed in officeResults.Where(r => !r.Answered).Take(officeShow))
    {
        Console.WriteLine();
        Console.WriteLine($"{failed.Case.Id} ({failed.Case.Source}) missing: {string.Join(", ", failed.Missing)}");
        Console.WriteLine($"  > {failed.Case.Says}");
        Console.WriteLine($"  {failed.Answer.Replace("\n", "\n  ", StringComparison.Ordinal)}");
    }

    return 0;
}

var part = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "en";
var folder = part switch
{
    "heldback" => CorpusFile.Folder("en-heldback"),
    "en" or "es" or "es-heldback" => CorpusFile.Folder(part),
    _ => part,
};
var show = args.SkipWhile(a => a != "--show").Skip(1).Select(int.Parse).FirstOrDefault(20);
var cases = CorpusFile.LoadFolder(folder);
var runner = new CorpusRunner(languages, part.StartsWith("es", StringComparison.Ordinal) ? "es" : "en");
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
