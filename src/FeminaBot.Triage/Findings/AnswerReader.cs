using System.Globalization;
using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Conversations.Recognition;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Recognition;

namespace FeminaBot.Triage.Findings;

/// <summary>
/// Folds a message into what triage knows: the answer to the question just asked (yes, no, not
/// sure, a button's number, a temperature) and every other sign the message states.
/// </summary>
public sealed class AnswerReader(TriageContent content)
{
    private static readonly IReadOnlyList<Choice> AnswerChoices = [new("Yes"), new("No"), new("Not sure", "unsure", "dont know")];

    /// <summary>The buttons of every triage question.</summary>
    public static IReadOnlyList<Choice> Choices => AnswerChoices;

    /// <summary>
    /// Applies a message to <paramref name="findings"/>: <paramref name="asking"/> is the question it
    /// answers, if any, and <paramref name="reading"/> the message read (with <c>askedForTemperature</c>
    /// when that is the fever question).
    /// </summary>
    public AnswerOutcome Apply(KnownFindings findings, SymptomReading reading, string? text, string? asking)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(reading);
        var rules = content.Routing;
        var notes = new List<string>();
        var feverBefore = findings.Get(FindingIds.Fever);
        var understood = false;

        if (reading.EmergencySigns.Count > 0)
        {
            findings.Emergency = true;
            findings.EmergencySigns.AddRange(reading.EmergencySigns.Except(findings.EmergencySigns));
            understood = true;
        }

        if (asking is not null)
        {
            Polarity? stated = asking != FindingIds.Emergency && reading.Findings.TryGetValue(asking, out var said) ? said : null;
            if ((stated ?? DirectAnswer(text, asking, reading)) is { } answer)
            {
                understood = true;
                if (answer == Polarity.Unsure && rules.UnsureCountsAsYes.Contains(asking))
                {
                    notes.Add(content.Messages[MessageKeys.UnsureNote]);
                }

                Set(findings, asking, answer == Polarity.Yes || answer == Polarity.Unsure && rules.UnsureCountsAsYes.Contains(asking));
            }
        }

        foreach (var (id, polarity) in reading.Findings.Where(f => f.Key != asking))
        {
            understood = true;
            if (polarity != Polarity.Unsure)
            {
                Set(findings, id, polarity == Polarity.Yes);
            }
        }

        if (reading.Temperatures.Count > 0)
        {
            understood = true;
            ApplyReading(findings, reading.Temperatures.MaxBy(r => r.Fahrenheit)!, feverBefore, notes);
        }

        var askAgain = !understood && asking == FindingIds.Fever && reading.TemperatureUnplaceable;
        return new AnswerOutcome(understood, notes, askAgain);
    }

    private void ApplyReading(KnownFindings findings, TemperatureReading highest, bool? feverBefore, List<string> notes)
    {
        var rules = content.Routing.Temperature;
        findings.HighestFahrenheit = Math.Max(findings.HighestFahrenheit ?? double.MinValue, highest.Fahrenheit);
        if (highest.Fahrenheit >= rules.FeverFahrenheit)
        {
            findings.Signs[FindingIds.Fever] = true;
            return;
        }

        // A reading below the threshold is not a fever, even if the person calls it one; an
        // earlier fever since the symptoms began still counts.
        if (feverBefore != true)
        {
            findings.Signs[FindingIds.Fever] = false;
            var threshold = highest.IsCelsius
                ? string.Create(CultureInfo.InvariantCulture, $"{rules.FeverCelsius:0.0} °C")
                : string.Create(CultureInfo.InvariantCulture, $"{rules.FeverFahrenheit:0.0} °F");
            notes.Add(content.Messages.Format(MessageKeys.FeverBelowThreshold, ("reading", highest.AsGiven), ("threshold", threshold)));
        }
    }

    private static Polarity? DirectAnswer(string? text, string asking, SymptomReading reading)
    {
        // A temperature given in answer to the fever question is its own answer.
        if (asking == FindingIds.Fever && reading.Temperatures.Count > 0)
        {
            return null;
        }

        if (YesNoRecognizer.IsUnsure(text))
        {
            return Polarity.Unsure;
        }

        var clauses = Clauses.Of(text);
        var firstClause = clauses.Count > 0 ? string.Join(' ', clauses[0]) : string.Empty;
        if (YesNoRecognizer.Recognize(firstClause) is { } yes)
        {
            return yes ? Polarity.Yes : Polarity.No;
        }

        return ChoiceRecognizer.Recognize(text, AnswerChoices)?.Index switch
        {
            0 => Polarity.Yes,
            1 => Polarity.No,
            2 => Polarity.Unsure,
            _ => null,
        };
    }

    private static void Set(KnownFindings findings, string id, bool present)
    {
        if (id == FindingIds.Emergency)
        {
            findings.Emergency = findings.Emergency == true || present;
            return;
        }

        // Once a sign is reported it stays: a later "no" does not undo it.
        if (present || findings.Get(id) is null)
        {
            findings.Signs[id] = present;
        }
    }
}
