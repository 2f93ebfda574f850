using System.Globalization;
using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Conversations.Recognition;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Recognition;
using FeminaBot.Triage.Understanding;

namespace FeminaBot.Triage.Findings;

/// <summary>
/// Folds a message into what triage knows, in two parts: what it states of her signs, in any state
/// of the conversation (<see cref="ApplyStatements"/>), and its answer to the question just asked
/// (<see cref="ApplyAnswer"/>: yes, no, not sure, a button's number, a bare temperature).
/// </summary>
public sealed class AnswerReader(TriageContent content)
{
    /// <summary>Applies the signs, readings and emergency signs a message states; returns what to tell the person about them.</summary>
    public List<string> ApplyStatements(KnownFindings findings, MessageReading reading)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(reading);
        var notes = new List<string>();
        findings.SevereSign |= reading.SevereSign;
        findings.FeelsVeryIll |= reading.FeelsVeryIll;
        List<string> emergencySigns = findings.SevereSign && findings.FeelsVeryIll && !reading.EmergencySigns.Contains(EmergencySigns.SevereInfection)
            ? [.. reading.EmergencySigns, EmergencySigns.SevereInfection]
            : reading.EmergencySigns;
        if (emergencySigns.Count > 0)
        {
            findings.Emergency = true;
            findings.EmergencySigns.AddRange(emergencySigns.Except(findings.EmergencySigns));
        }

        var feverBefore = findings.Get(FindingIds.Fever);
        // Doubt in her own words ("maybe a plugged duct", "might be a bit red") counts as the sign: it
        // errs toward care, and a suspected lump is the reason she wrote.
        foreach (var (id, polarity) in reading.Findings)
        {
            Set(findings, id, polarity != Polarity.No);
        }

        // docs/clinical-rules.md, "More signs for the provider route": a lump of about two days or more,
        // or one that keeps coming back, told in this message or about a lump told before.
        var lump = findings.Get(FindingIds.Lump) == true || reading.MentionsLump;
        if (lump && (reading.LongestDays >= 2 || reading.Recurring))
        {
            Set(findings, FindingIds.Lasting, true);
        }

        if (reading.Temperatures.Count > 0)
        {
            ApplyReading(findings, reading.Temperatures.MaxBy(r => r.Fahrenheit)!, feverBefore, notes);
        }

        return notes;
    }

    /// <summary>Applies the message as the answer to <paramref name="asking"/>, the question just asked.</summary>
    public AnswerOutcome ApplyAnswer(KnownFindings findings, MessageReading reading, string asking)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(reading);
        var notes = new List<string>();
        var rules = content.Routing;

        // A whole number given in answer to the fever question is a reading: "101", "38".
        if (asking == FindingIds.Fever && reading.Temperatures.Count == 0 && reading.BareNumbers.Count > 0 && !reading.Findings.ContainsKey(FindingIds.Fever))
        {
            var value = reading.BareNumbers.Max();
            var placed = value <= rules.Temperature.BareCelsius.To ? TemperatureReading.FromCelsius(value) : TemperatureReading.FromFahrenheit(value);
            ApplyReading(findings, placed, findings.Get(FindingIds.Fever), notes);
            return new AnswerOutcome(true, notes, false);
        }

        var answered = asking == FindingIds.Emergency ? findings.Emergency is not null : findings.Get(asking) is not null;
        if (!answered && DirectAnswer(reading, asking) is { } answer)
        {
            if (answer == Polarity.Unsure && rules.UnsureCountsAsYes.Contains(asking))
            {
                notes.Add(content.Messages[MessageKeys.UnsureNote]);
            }

            Set(findings, asking, answer == Polarity.Yes || answer == Polarity.Unsure && rules.UnsureCountsAsYes.Contains(asking));
            return new AnswerOutcome(true, notes, false);
        }

        var understood = answered || reading.SaysAnything;
        var askAgain = !understood && asking == FindingIds.Fever && (reading.TemperatureUnplaceable || reading.Words.Any(w => w.IsNumber));
        return new AnswerOutcome(understood, notes, askAgain);
    }

    private void ApplyReading(KnownFindings findings, TemperatureReading highest, bool? feverBefore, List<string> notes)
    {
        var rules = content.Routing.Temperature;
        findings.HighestFahrenheit = Math.Max(findings.HighestFahrenheit ?? double.MinValue, highest.Fahrenheit);

        // A bare number given for the fever question is read here, not by the message reader: 40 °C or
        // 104 °F and above is the emergency sign here too.
        if (highest.Fahrenheit >= rules.EmergencyFahrenheit)
        {
            findings.Emergency = true;
            if (!findings.EmergencySigns.Contains(EmergencySigns.HighTemperature))
            {
                findings.EmergencySigns.Add(EmergencySigns.HighTemperature);
            }
        }
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

    private Polarity? DirectAnswer(MessageReading reading, string asking)
    {
        var text = reading.Text;
        if (YesNoRecognizer.IsUnsure(text))
        {
            return Polarity.Unsure;
        }

        // "no, but I have chills": the answer is the first part; the rest was read as statements.
        var firstPart = FirstPart(reading);

        // The "not sure" button's words in the conversation's language come before any "no" in them:
        // "no sé", "no sé, a lo mejor un poco rosa", "no estoy segura" are doubt, and doubt errs toward care.
        if (firstPart.Split(' ').Length <= MostButtonWords && ChoiceRecognizer.Recognize(firstPart, content.Choices.Answers) is { Index: 2 })
        {
            return Polarity.Unsure;
        }

        // "ok. my nipple stings": an acknowledgement is no answer to "do you have any of these?".
        if (firstPart.Split(' ').All(content.Choices.Acknowledgements.Contains))
        {
            return null;
        }

        if (YesNoRecognizer.Recognize(firstPart) is { } yes)
        {
            return yes ? Polarity.Yes : Polarity.No;
        }

        // A button's title or number ("2", "not sure"): short answers only, so that a sentence that
        // happens to hold a word like one ("it's sore") is not taken for a button.
        if (reading.Typed.Count > MostButtonWords)
        {
            return null;
        }

        return ChoiceRecognizer.Recognize(text, content.Choices.Answers)?.Index switch
        {
            0 => Polarity.Yes,
            1 => Polarity.No,
            2 => Polarity.Unsure,
            _ => null,
        };
    }

    // The longest answer read as a button's title or synonym.
    private const int MostButtonWords = 3;

    private readonly IReadOnlySet<string> _answerEnds = content.Understanding.Context.Grammar.AnswerEnds;

    private string FirstPart(MessageReading reading)
    {
        var words = new List<string>();
        foreach (var word in reading.Words)
        {
            if (words.Count > 0 && (word.Sentence || word.Comma || _answerEnds.Contains(word.Text)))
            {
                break;
            }

            words.Add(word.Typed);
        }

        return string.Join(' ', words);
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
