using FeminaBot.Triage.Content;
using FeminaBot.Triage.Offices;
using FeminaBot.Triage.Recognition;

namespace FeminaBot.Triage.Understanding;

/// <summary>
/// Reads a message once into a <see cref="MessageReading"/>: the words (dialogs/words.yaml), the signs
/// and emergency signs (dialogs/findings.yaml) with the words around them (dialogs/context.yaml),
/// temperatures, lengths of time, the side (dialogs/sides.yaml), a command (dialogs/commands.yaml) and
/// an office question (dialogs/offices.yaml). Built once at start; reading is linear in the message's
/// length.
/// </summary>
public sealed class MessageReader
{
    private readonly Lexicon _lexicon;
    private readonly PhraseBook _book;
    private readonly Func<string, string> _stem;
    private readonly string _language;
    private readonly ContextVocabulary _context;
    private readonly NumberFinder _numbers;
    private readonly TemperatureFinder _temperatures;
    private readonly DurationFinder _durations;
    private readonly TemperatureRules _rules;
    private readonly OfficeQuestionRecognizer _offices;
    private readonly CommandRecognizer _commands;
    private readonly SideRecognizer _sides;
    private readonly double _racingFrom;

    /// <summary>Builds the reader over the content in dialogs/.</summary>
    public MessageReader(TriageContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var understanding = content.Understanding;
        _language = content.Language;
        _stem = Stems.For(content.Language);
        var grammar = understanding.Context.Grammar;
        _book = new PhraseBook(_stem, grammar.Joins);
        var phrases = new List<(PhraseGroup Group, string Id, string Phrase)>();
        void AddAll(PhraseGroup group, string id, IEnumerable<string> list) => phrases.AddRange(list.Select(p => (group, id, p)));

        foreach (var finding in content.Findings.Values)
        {
            AddAll(PhraseGroup.Finding, finding.Id, finding.Yes);
            AddAll(PhraseGroup.FindingDenied, finding.Id, finding.DeniedOnly);
        }

        AddAll(PhraseGroup.Told, understanding.Discharge.Id, understanding.Discharge.Yes);
        AddAll(PhraseGroup.Recurring, FindingIds.Lasting, understanding.Lasting.Recurring);
        AddAll(PhraseGroup.NotBetter, FindingIds.Lasting, understanding.Lasting.NotBetter);
        AddAll(PhraseGroup.NotSign, "notSign", understanding.NotSigns);
        AddAll(PhraseGroup.Condition, "condition", understanding.Conditions);
        AddAll(PhraseGroup.HeartRate, "heartRate", understanding.Words.HeartRate.Words);
        foreach (var (sign, list) in content.Emergency.Signs)
        {
            AddAll(PhraseGroup.Emergency, sign, list);
        }

        AddAll(PhraseGroup.SevereSign, EmergencySigns.SevereInfection, content.Emergency.SevereInfectionSigns);
        AddAll(PhraseGroup.SevereWith, EmergencySigns.SevereInfection, content.Emergency.SevereInfectionWith);
        AddAll(PhraseGroup.HarmDeath, EmergencySigns.Harm, content.Emergency.HarmDeath);
        AddAll(PhraseGroup.HarmWith, EmergencySigns.Harm, content.Emergency.HarmWith);
        AddAll(PhraseGroup.BabyEmergency, EmergencySigns.Baby, understanding.Baby.Emergency);
        AddAll(PhraseGroup.BabyIll, "ill", understanding.Baby.Ill);

        var rules = understanding.Context;
        var words = understanding.Words;
        var vocabulary = phrases.Select(p => p.Phrase)
            .Concat(rules.Categories.SelectMany(c => c.Forward.Concat(c.Backward).Concat(c.Both)))
            .Concat(rules.Pseudo).Concat(rules.Terminate).Concat(rules.NewSubject).Concat(rules.Self)
            .Concat(words.Temperature.Words).Concat(words.Temperature.Fahrenheit).Concat(words.Temperature.Celsius).Concat(words.Temperature.NotAfter)
            .Concat(words.Numbers.Units.Keys).Concat(words.Numbers.Tens.Keys).Concat(words.Numbers.Hundred).Concat(words.Numbers.Point)
            .Concat(words.Duration.Units.Keys).Concat(words.Duration.Phrases.Keys).Concat(words.Duration.NotAfter)
            .Concat(words.HeartRate.Words);
        _lexicon = new Lexicon(words.Spellings, words.RealWords, vocabulary, grammar.ShortParts);
        foreach (var (group, id, phrase) in phrases)
        {
            _book.Add(group, id, phrase, _lexicon);
        }

        _context = new ContextVocabulary(rules, _lexicon, _book);
        _numbers = new NumberFinder(words.Numbers, grammar);
        _rules = content.Routing.Temperature;
        _temperatures = new TemperatureFinder(words.Temperature, _rules, _lexicon, _stem, grammar);
        _durations = new DurationFinder(words.Duration, _book, _lexicon);
        _offices = new OfficeQuestionRecognizer(content.Offices, understanding.OfficeQuestions);
        _commands = new CommandRecognizer(understanding.Commands);
        _sides = new SideRecognizer(understanding.Sides);
        _racingFrom = understanding.Words.HeartRate.RacingFrom;
    }

    /// <summary>The language this reader reads ("es").</summary>
    public string Language => _language;

    /// <summary>Whether a typed word, in lower case without accents, is one this language's reader knows.</summary>
    public bool Knows(string word) => _lexicon.KnowsTyped(word);

    // "my heart rate is 150": a heart rate word and, within four words, a number at or above the racing rate.
    private bool RacingHeart(List<Mention> mentions, List<NumberFinder.Found> numbers)
    {
        foreach (var mention in mentions)
        {
            if (mention.Group == PhraseGroup.HeartRate && numbers.Any(n => n.Value >= _racingFrom && n.Value < 300 && Math.Abs(n.Start - mention.End) <= 4))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The longest message read, in characters: about a full page, far more than parents write at once,
    /// and short enough that reading it costs milliseconds on every channel.
    /// </summary>
    public const int MaxLength = 5000;

    /// <summary>Reads a message; <paramref name="localNow"/> is the clinic's time, for office questions. A message over <see cref="MaxLength"/> is not read.</summary>
    public MessageReading Read(string? text, DateTime localNow) => Read(text, localNow, whole: true);

    /// <summary>Reads a message for its signs only, without the side, a command or an office question: what another language's reader needs.</summary>
    public MessageReading ReadSigns(string? text) => Read(text, default, whole: false);

    private MessageReading Read(string? text, DateTime localNow, bool whole)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length > MaxLength)
        {
            return MessageReading.TooLongToRead(trimmed);
        }

        var typed = TypedWords.Split(trimmed);
        var words = new List<Word>(typed.Count + 4);
        foreach (var word in typed)
        {
            var read = _lexicon.Read(word.Text);
            for (var i = 0; i < read.Length; i++)
            {
                words.Add(new Word(read[i], _stem(read[i]), word.Text, i == 0 && word.Sentence, i == 0 && word.Comma));
            }
        }

        var typedWords = typed.Select(w => w.Text).ToList();
        var reading = new MessageReading(trimmed, typedWords, words);
        var mentions = _book.Find(words);
        var scopes = new ContextScopes(words, mentions, _context);
        var numbers = _numbers.Find(words);
        _temperatures.Read(words, numbers, scopes, reading);
        if (RacingHeart(mentions, numbers))
        {
            reading.EmergencySigns.Add(EmergencySigns.Chest);
        }

        SignReader.Read(mentions, scopes, _durations.Find(words, numbers, mentions), reading);
        if (reading.SevereSign && reading.FeelsVeryIll)
        {
            reading.EmergencySigns.Add(EmergencySigns.SevereInfection);
        }

        if (reading.Temperatures.Any(r => r.Fahrenheit >= _rules.EmergencyFahrenheit) && !reading.EmergencySigns.Contains(EmergencySigns.HighTemperature))
        {
            reading.EmergencySigns.Add(EmergencySigns.HighTemperature);
        }

        if (!whole)
        {
            return reading;
        }

        reading.Side = _sides.Recognize(typedWords);
        reading.Command = _commands.Recognize(typedWords);
        reading.OfficeQuestion = _offices.Recognize(typedWords, localNow, _language, trimmed);

        // A question about signs or conditions in general, with none of her own and not about her breasts.
        reading.OnlyAsks = (reading.OnlyAsks || reading.Command == Command.BreastTrouble && reading.IsGeneralQuestion && !reading.StatesASign)
            && reading.Command is Command.BreastTrouble or Command.None && !reading.SpeaksOfHerBreasts;
        return reading;
    }
}
