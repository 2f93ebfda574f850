using System.Globalization;
using System.Text;
using FeminaBot.Tests.Hosting;
using FeminaBot.Twilio;
using Xunit.Abstractions;

namespace FeminaBot.Tests.Twilio;

/// <summary>
/// What a Spanish-speaking parent receives by text under each <c>Twilio:Transliterate</c> setting:
/// a whole triage to the end of the massage, the welcome and AYUDA, counted in texts and segments.
/// Prints the table the README shows (run with <c>--logger "console;verbosity=detailed"</c>).
/// </summary>
public sealed class SpanishSmsEncodingMeasurement(ITestOutputHelper output)
{
    // The UCS-2 budget of one text at Twilio:MaxSegmentsPerMessage = 2: 2 × 67 characters.
    private const int Ucs2Text = 134;

    // Her side of the triage: her first message, the safety check, the questions, the read-back, every step.
    private static readonly string[] Triage =
    [
        "Hola, tengo el seno izquierdo muy adolorido y con una bolita",
        "no",
        "no está rojo, no tengo fiebre ni escalofríos ni dolor de cuerpo",
        "sí",
        "siguiente", "siguiente", "siguiente", "siguiente", "siguiente",
    ];

    [Fact]
    public async Task Dropping_the_accents_only_where_it_spares_texts_sends_as_few_texts_as_always_dropping_them()
    {
        var runs = new Dictionary<TransliterationMode, Run>();
        foreach (var mode in Enum.GetValues<TransliterationMode>())
        {
            runs[mode] = await PlayAsync(mode);
        }

        output.WriteLine(Table(runs));
        Assert.All(runs.Values.SelectMany(r => r.All), t => Assert.True(SmsText.Segments(t) <= 2, t));
        Assert.All(runs.Values, r => Assert.Contains("Ese es todo el masaje. Cuidese mucho.", r.Triage.Select(SmsAccents.Drop)));
        var (never, whenFewer, always) = (runs[TransliterationMode.Never], runs[TransliterationMode.WhenFewerTexts], runs[TransliterationMode.Always]);
        Assert.Equal(always.All.Count, whenFewer.All.Count);
        Assert.True(whenFewer.All.Count < never.All.Count, $"{whenFewer.All.Count} texts dropping accents where it spares texts, {never.All.Count} keeping them");
        Assert.Contains(whenFewer.All, t => !SmsText.IsGsm7(t));
    }

    private static async Task<Run> PlayAsync(TransliterationMode mode)
    {
        using var factory = new FeminaBotFactory();
        SmsPhone.Configure(factory);
        factory.Settings["Twilio:Transliterate"] = mode.ToString();

        var triage = new List<string>();
        var parent = new SmsPhone(factory, "+13105550141");
        List<string>? safetyCheck = null;
        foreach (var text in Triage)
        {
            var replies = (await parent.TextAsync(text)).Replies;
            triage.AddRange(replies);

            // Her first text is answered with the welcome, a line, then the safety check and its choices.
            safetyCheck ??= replies.SkipWhile(r => !r.StartsWith("Le voy a hacer", StringComparison.Ordinal)).Skip(1).ToList();
        }

        // Other parents, each with a first text of her own.
        var welcome = (await new SmsPhone(factory, "+13105550142").TextAsync("hola", messageSid: "SM" + new string('2', 32))).Replies;
        var ayuda = (await new SmsPhone(factory, "+13105550143").TextAsync("AYUDA", messageSid: "SM" + new string('3', 32))).Replies;
        return new Run(triage, safetyCheck!, welcome, ayuda);
    }

    private static string Table(Dictionary<TransliterationMode, Run> runs)
    {
        static string Cell(IReadOnlyList<string> texts) => string.Create(CultureInfo.InvariantCulture, $"{texts.Count} / {texts.Sum(SmsText.Segments)}");

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"| `Twilio:Transliterate` | Triage ({Triage.Length} texts from her): texts / segments | of which the safety check | Welcome and menu | AYUDA | Texts with á í ó ú |");
        table.AppendLine("|---|---|---|---|---|---|");
        foreach (var (mode, run) in runs)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| `{mode}` | {Cell(run.Triage)} | {Cell(run.SafetyCheck)} | {Cell(run.Welcome)} | {Cell(run.Ayuda)} | {run.All.Count(t => !SmsText.IsGsm7(t))} of {run.All.Count} |");
        }

        // Keeping accents without more texts would mean writing every reply within one UCS-2 text.
        var plain = runs[TransliterationMode.Always].All;
        var over = plain.Where(t => t.Length > Ucs2Text).ToList();
        table.AppendLine();
        var lengths = over.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({over.Min(t => t.Length)} to {over.Max(t => t.Length)} characters)") : string.Empty;
        table.AppendLine(CultureInfo.InvariantCulture, $"Without accents, {over.Count} of the {plain.Count} texts are longer than the {Ucs2Text} characters one UCS-2 text holds{lengths}.");
        return table.ToString();
    }

    private sealed record Run(List<string> Triage, List<string> SafetyCheck, List<string> Welcome, List<string> Ayuda)
    {
        public List<string> All { get; } = [.. Triage, .. Welcome, .. Ayuda];
    }
}
