using FeminaBot.Triage.Offices;
using FeminaBot.Triage.Recognition;

namespace FeminaBot.Triage.Understanding;

/// <summary>
/// Everything FeminaBot makes of one message, read once at the start of the turn: the words, her signs
/// with what the words around them say (dialogs/context.yaml), emergency signs, temperatures, the
/// baby's illness, the side, a command, and an office question. Every dialog works from this.
/// </summary>
public sealed class MessageReading
{
    internal MessageReading(string text, IReadOnlyList<string> typed, IReadOnlyList<Word> words)
    {
        Text = text;
        Typed = typed;
        Words = words;
    }

    /// <summary>Adds the emergency signs, and unless <paramref name="emergencyOnly"/> the signs present and the temperatures, that another language's reading of the same message found.</summary>
    internal void AddSignsOf(MessageReading other, bool emergencyOnly)
    {
        foreach (var sign in other.EmergencySigns)
        {
            if (!EmergencySigns.Contains(sign))
            {
                EmergencySigns.Add(sign);
            }
        }

        if (emergencyOnly)
        {
            return;
        }

        foreach (var (id, polarity) in other.Findings)
        {
            if (polarity != Polarity.No && !Findings.ContainsKey(id))
            {
                Findings[id] = polarity;
            }
        }

        foreach (var temperature in other.Temperatures)
        {
            if (!Temperatures.Contains(temperature))
            {
                Temperatures.Add(temperature);
            }
        }
    }

    internal static MessageReading TooLongToRead(string text) => new(text, [], []) { TooLong = true };

    /// <summary>Whether the message was longer than the reader reads (<see cref="MessageReader.MaxLength"/>), and so not read.</summary>
    public bool TooLong { get; private init; }

    /// <summary>The message as sent, trimmed.</summary>
    public string Text { get; }

    /// <summary>The words as typed, in lower case, without punctuation.</summary>
    public IReadOnlyList<string> Typed { get; }

    /// <summary>The words as read (spellings, stretched letters, typos undone).</summary>
    public IReadOnlyList<Word> Words { get; }

    /// <summary>Each of her signs the message speaks of (findings and told signs), with what it says.</summary>
    public Dictionary<string, Polarity> Findings { get; } = new(StringComparer.Ordinal);

    /// <summary>Emergency signs, hers or the baby's (<c>baby</c>).</summary>
    public List<string> EmergencySigns { get; } = [];

    /// <summary>Her temperature readings that count.</summary>
    public List<TemperatureReading> Temperatures { get; } = [];

    /// <summary>Whole numbers that would be a reading if the bot had just asked for one ("101").</summary>
    public List<double> BareNumbers { get; } = [];

    /// <summary>A number that looked like a reading but fits neither scale.</summary>
    public bool TemperatureUnplaceable { get; internal set; }

    /// <summary>Spreading redness, dark skin or pus: an emergency together with feeling very ill, in this message or another.</summary>
    public bool SevereSign { get; internal set; }

    /// <summary>She feels very ill.</summary>
    public bool FeelsVeryIll { get; internal set; }

    /// <summary>The message speaks of a lump, whatever it says of it ("what if the lump is still there").</summary>
    public bool MentionsLump { get; internal set; }

    /// <summary>The longest length of time the message gives, in days.</summary>
    public double LongestDays { get; internal set; }

    /// <summary>The message says something keeps coming back ("the same spot again").</summary>
    public bool Recurring { get; internal set; }

    /// <summary>The message only asks about signs in general or about what might happen ("what are the signs of mastitis"), with no sign or breast of hers.</summary>
    public bool OnlyAsks { get; internal set; }

    /// <summary>The message opens with a question about no one in particular ("what are the signs of mastitis").</summary>
    internal bool IsGeneralQuestion { get; set; }

    /// <summary>The message speaks of her breasts or nipples.</summary>
    public bool SpeaksOfHerBreasts { get; internal set; }

    /// <summary>The message speaks of the baby being ill.</summary>
    public bool BabyIll { get; internal set; }

    /// <summary><c>left</c>, <c>right</c> or <c>both</c>, when the message names a breast.</summary>
    public string? Side { get; internal set; }

    /// <summary>The command the whole message gives, if any.</summary>
    public Command Command { get; internal set; }

    /// <summary>The office question in it, if any.</summary>
    public OfficeQuestion? OfficeQuestion { get; internal set; }

    /// <summary>Whether the message says anything of her symptoms.</summary>
    public bool SaysAnything => Findings.Count > 0 || EmergencySigns.Count > 0 || Temperatures.Count > 0 || MentionsLump;

    /// <summary>Whether the message states any sign of hers as present (or possibly present).</summary>
    public bool StatesASign => EmergencySigns.Count > 0 || Temperatures.Count > 0 || Findings.Values.Any(p => p != Polarity.No);

    internal void Add(string id, Polarity polarity) =>
        Findings[id] = Findings.TryGetValue(id, out var known) ? Safer(known, polarity) : polarity;

    // Within one message, yes beats unsure beats no: the safer reading wins.
    private static Polarity Safer(Polarity a, Polarity b) =>
        a == Polarity.Yes || b == Polarity.Yes ? Polarity.Yes : a == Polarity.Unsure || b == Polarity.Unsure ? Polarity.Unsure : Polarity.No;
}
