using FeminaBot.Tests.Hosting;
using FeminaBot.Twilio;

namespace FeminaBot.Tests.Twilio;

/// <summary>A parent who writes in Spanish, by text message, through the real webhook.</summary>
public sealed class SpanishSmsTests : IDisposable
{
    private readonly FeminaBotFactory _factory = new();

    public SpanishSmsTests() => SmsPhone.Configure(_factory);

    [Fact]
    public async Task A_triage_in_Spanish_by_text_reaches_the_massage_with_every_text_within_two_segments()
    {
        var phone = new SmsPhone(_factory);

        var first = await phone.TextAsync("Hola, tengo el seno izquierdo muy adolorido y con una bolita");
        Assert.Equal("Le voy a hacer unas preguntas cortas, una por una.", first.Replies[0]);
        Assert.EndsWith("(1) Sí, (2) No, o (3) No estoy segura", first.Replies[^1], StringComparison.Ordinal);

        var redness = await phone.TextAsync("no");
        Assert.StartsWith("¿", redness.Replies[0], StringComparison.Ordinal);

        var readBack = await phone.TextAsync("no está rojo, no tengo fiebre ni escalofríos ni dolor de cuerpo");
        Assert.Contains(readBack.Replies, r => r.StartsWith("Me dijo:", StringComparison.Ordinal) && r.Contains("en el lado izquierdo", StringComparison.Ordinal));

        var coached = await phone.TextAsync("sí");
        Assert.Contains(coached.Replies, r => r.StartsWith("Sus síntomas parecen de leche estancada", StringComparison.Ordinal));
        Assert.Contains(coached.Replies, r => r.StartsWith("Paso 1: Estimule su sistema linfático", StringComparison.Ordinal));

        var steps = new List<string>();
        for (var turn = 0; turn < 6 && !steps.Any(r => r.StartsWith("Ese es todo el masaje", StringComparison.Ordinal)); turn++)
        {
            steps.AddRange((await phone.TextAsync("siguiente")).Replies);
        }

        Assert.Contains(steps, r => r.StartsWith("Paso 2: Dé masaje al seno afectado", StringComparison.Ordinal));
        Assert.Contains(steps, r => r.StartsWith("Paso 3: Saque la leche", StringComparison.Ordinal));
        Assert.Contains(steps, r => r.StartsWith("Ese es todo el masaje", StringComparison.Ordinal));
        Assert.All(first.Replies.Concat(redness.Replies).Concat(readBack.Replies).Concat(coached.Replies).Concat(steps), r => Assert.True(SmsText.Segments(r) <= 2, r));
    }

    [Fact]
    public async Task AYUDA_answers_in_Spanish_and_STOP_silences_a_Spanish_conversation_until_START()
    {
        var phone = new SmsPhone(_factory);
        await phone.TextAsync("hola, me duele mucho el seno");

        var ayuda = await phone.TextAsync("AYUDA");
        var stop = await phone.TextAsync("STOP");
        var ayudaAfterStop = await phone.TextAsync("ayuda");
        var ignored = await phone.TextAsync("¿hola?");
        var start = await phone.TextAsync("START");
        var back = await phone.TextAsync("hola");

        var help = string.Join(' ', ayuda.Replies);
        Assert.StartsWith("FeminaBot de Femina Physical Therapy ayuda con el dolor de senos", help, StringComparison.Ordinal);
        Assert.Contains("(310) 871-9554", help, StringComparison.Ordinal);
        Assert.Contains("STOP: no recibir", help, StringComparison.Ordinal);
        Assert.All(ayuda.Replies, r => Assert.True(SmsText.Segments(r) <= 2, r));
        Assert.Empty(stop.Replies);
        Assert.Empty(ayudaAfterStop.Replies);
        Assert.Empty(ignored.Replies);
        Assert.Empty(start.Replies);
        Assert.Equal(["¿Qué le gustaría hacer? (1) Revisar mis síntomas, (2) Pasos del masaje, o (3) Oficinas y horarios"], back.Replies);
    }

    public void Dispose() => _factory.Dispose();
}
