using FeminaBot.Tests.Hosting;
using FeminaBot.Twilio;

namespace FeminaBot.Tests.Twilio;

/// <summary>A parent who writes in Spanish, by text message, through the real webhook.</summary>
public sealed class SpanishSmsTests : IDisposable
{
    private readonly FeminaBotFactory _factory = new();

    public SpanishSmsTests() => SmsPhone.Configure(_factory);

    [Fact]
    public async Task A_triage_in_Spanish_by_text_reaches_the_end_of_the_massage_with_every_text_within_two_segments()
    {
        var phone = new SmsPhone(_factory);
        var received = new List<string>();

        var first = await phone.TextAsync("Hola, tengo el seno izquierdo muy adolorido y con una bolita");
        received.AddRange(first.Replies);
        Assert.StartsWith("Hola, soy FeminaBot de Femina Physical Therapy.", first.Replies[0], StringComparison.Ordinal);
        Assert.Contains("Le voy a hacer unas preguntas cortas, una por una.", first.Replies);
        // The safety check is long: without the accents GSM-7 lacks, it comes in two texts instead of five.
        Assert.Contains(first.Replies, r => r.StartsWith("Primero, una revision rapida de seguridad.", StringComparison.Ordinal) && r.Contains("- Una convulsion", StringComparison.Ordinal));
        Assert.Contains("(1) Si, (2) No", first.Replies[^1], StringComparison.Ordinal);

        var redness = await phone.TextAsync("No");
        received.AddRange(redness.Replies);
        // A short question keeps its accents: it is one text either way.
        Assert.Single(redness.Replies);
        Assert.StartsWith("¿Alguna parte del pecho está roja, rosada o caliente al tocarla? (1) Sí, (2) No", redness.Replies[0], StringComparison.Ordinal);

        var readBack = await phone.TextAsync("no está rojo, no tengo fiebre ni escalofríos ni dolor de cuerpo");
        received.AddRange(readBack.Replies);
        Assert.Contains(readBack.Replies, r => r.StartsWith("Sus sintomas parecen de leche estancada", StringComparison.Ordinal));
        Assert.Contains(readBack.Replies, r => r.StartsWith("Me dijo: una bolita o zona sensible en el lado izquierdo;", StringComparison.Ordinal) && r.Contains("(1) Si, es correcto", StringComparison.Ordinal));

        // She answers with the words the text showed her, without their accent.
        var firstStep = await phone.TextAsync("Si, es correcto");
        received.AddRange(firstStep.Replies);
        Assert.StartsWith("Paso 1: Estimule su sistema linfatico", firstStep.Replies[0], StringComparison.Ordinal);

        var second = await phone.TextAsync("siguiente");
        var back = await phone.TextAsync("Atras");
        received.AddRange(second.Replies.Concat(back.Replies));
        Assert.StartsWith("Paso 2: Dé masaje al seno afectado", second.Replies[0], StringComparison.Ordinal);
        Assert.StartsWith("Paso 1: Estimule su sistema linfatico", back.Replies[0], StringComparison.Ordinal);

        var rest = new List<string>();
        foreach (var next in new[] { "siguiente", "siguiente", "siguiente", "siguiente", "siguiente" })
        {
            rest.AddRange((await phone.TextAsync(next)).Replies);
        }

        received.AddRange(rest);
        Assert.Contains(rest, r => r.StartsWith("Paso 2, continuacion", StringComparison.Ordinal));
        Assert.Contains(rest, r => r.StartsWith("Paso 3: Saque la leche", StringComparison.Ordinal));
        Assert.Contains(rest, r => r.StartsWith("Algunos consejos", StringComparison.Ordinal));
        Assert.Contains("Ese es todo el masaje. Cuídese mucho.", rest);

        // Then the offer of one text the next day, which says how to stop texts.
        Assert.StartsWith("¿Quiere recibir un mensaje de texto nuestro mañana", rest[^1], StringComparison.Ordinal);
        Assert.Contains("STOP", rest[^1], StringComparison.Ordinal);
        Assert.All(received, r => Assert.True(SmsText.Segments(r) <= 2, $"{SmsText.Segments(r)} segments: {r}"));
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
        Assert.StartsWith("¿Qué le gustaría hacer? (1) Revisar mis síntomas, (2) Pasos del masaje,", Assert.Single(back.Replies), StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
