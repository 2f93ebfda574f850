namespace FeminaBot.Triage.Content;

/// <summary>
/// The words around a sign (dialogs/context.yaml), the words themselves (dialogs/words.yaml), the
/// signs told but not asked, the commands (dialogs/commands.yaml), the sides (dialogs/sides.yaml) and
/// the words of office questions (dialogs/offices.yaml).
/// </summary>
public sealed record UnderstandingContent(
    ContextRules Context,
    WordRules Words,
    TextFinding Discharge,
    LastingPhrases Lasting,
    BabyPhrases Baby,
    IReadOnlyList<string> NotSigns,
    IReadOnlyList<string> Conditions,
    CommandWords Commands,
    SideWords Sides,
    OfficeQuestionWords OfficeQuestions);

/// <summary>ConText's modifier categories, the phrases that are not negations, and what ends a scope.</summary>
public sealed record ContextRules(
    IReadOnlyList<ModifierCategory> Categories,
    IReadOnlyList<string> Pseudo,
    IReadOnlyList<string> Terminate,
    IReadOnlyList<string> TerminateExistence,
    IReadOnlySet<string> NewSubject,
    IReadOnlySet<string> Self,
    Grammar Grammar);

/// <summary>One modifier category: the phrases that reach forward, backward or both, and how far.</summary>
public sealed record ModifierCategory(string Name, int Scope, int BackwardScope, IReadOnlyList<string> Forward, IReadOnlyList<string> Backward, IReadOnlyList<string> Both);

/// <summary>Spellings, real words, numbers in words, temperature words and lengths of time.</summary>
public sealed record WordRules(
    IReadOnlyDictionary<string, string> Spellings,
    IReadOnlyList<string> RealWords,
    NumberWords Numbers,
    TemperatureWords Temperature,
    DurationWords Duration,
    HeartRateWords HeartRate);

/// <summary>A heart rate said as a number, and from what number it is a racing heart.</summary>
public sealed record HeartRateWords(IReadOnlyList<string> Words, double RacingFrom);

/// <summary>Numbers in words.</summary>
public sealed record NumberWords(IReadOnlyDictionary<string, double> Units, IReadOnlyDictionary<string, double> Tens, IReadOnlySet<string> Hundred, IReadOnlySet<string> Point, IReadOnlySet<string> Half);

/// <summary>What makes a number a temperature, its scale and its site, and what makes it something else.</summary>
public sealed record TemperatureWords(IReadOnlyList<string> Words, IReadOnlySet<string> Fahrenheit, IReadOnlySet<string> Celsius, IReadOnlySet<string> Sites, IReadOnlySet<string> NotAfter);

/// <summary>Lengths of time: units in days, phrases in days, and what makes one an age.</summary>
public sealed record DurationWords(IReadOnlyDictionary<string, double> Units, IReadOnlyDictionary<string, double> Phrases, IReadOnlyList<string> NotAfter, IReadOnlySet<string> NotBefore);

/// <summary>A sign told but not asked about.</summary>
public sealed record TextFinding(string Id, string Name, IReadOnlyList<string> Yes);

/// <summary>The phrases of a lump that keeps coming back and of a sign not getting better.</summary>
public sealed record LastingPhrases(string Name, IReadOnlyList<string> Recurring, IReadOnlyList<string> NotBetter);

/// <summary>The baby's emergency signs and illnesses.</summary>
public sealed record BabyPhrases(IReadOnlyList<string> Emergency, IReadOnlyList<string> Ill);
