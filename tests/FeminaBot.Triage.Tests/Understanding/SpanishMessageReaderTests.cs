using FeminaBot.Triage.Content;
using FeminaBot.Triage.Recognition;
using FeminaBot.Triage.Understanding;

namespace FeminaBot.Triage.Tests.Understanding;

/// <summary>What FeminaBot reads in messages written in Spanish, with dialogs/es/.</summary>
public class SpanishMessageReaderTests
{
    private static readonly MessageReader Reader = new(Clinic.Spanish);

    private static MessageReading Read(string text) => Reader.Read(text, new DateTime(2026, 11, 24, 10, 0, 0));

    [Theory]
    [InlineData("tengo los pechos duros como piedra", FindingIds.Fullness)]
    [InlineData("siento una bolita en la chichi", FindingIds.Lump)]
    [InlineData("creo que tengo un conducto tapado", FindingIds.Lump)]
    [InlineData("tengo un clogged duct", FindingIds.Lump)]
    [InlineData("me salió un puntito blanco en el pezón", FindingIds.Bleb)]
    [InlineData("el seno está rojo y caliente", FindingIds.Redness)]
    [InlineData("tengo calentura", FindingIds.Fever)]
    [InlineData("tengo escalofríos y no me puedo calentar", FindingIds.Chills)]
    [InlineData("tengo el cuerpo cortado", FindingIds.BodyAches)]
    [InlineData("tengo calentura y escalofrios desde anoche", FindingIds.Chills)]
    [InlineData("sale pus del pezón", FindingIds.Discharge)]
    public void Reads_a_sign_in_the_words_parents_use(string text, string finding) =>
        Assert.Equal(Polarity.Yes, Read(text).Findings[finding]);

    [Theory]
    [InlineData("no tengo fiebre", FindingIds.Fever)]
    [InlineData("no tengo temperatura", FindingIds.Fever)]
    [InlineData("sin fiebre", FindingIds.Fever)]
    [InlineData("el pecho no se siente caliente", FindingIds.Redness)]
    [InlineData("no está caliente ni rojo", FindingIds.Redness)]
    [InlineData("no me duele el cuerpo", FindingIds.BodyAches)]
    [InlineData("no siento frío", FindingIds.Chills)]
    public void Reads_a_negation_as_no(string text, string finding) =>
        Assert.Equal(Polarity.No, Read(text).Findings[finding]);

    [Theory]
    [InlineData("no tengo fiebre y tengo escalofríos", FindingIds.Chills)]
    [InlineData("no tengo fiebre pero el pecho está rojo", FindingIds.Redness)]
    [InlineData("no me baja la fiebre", FindingIds.Fever)]
    [InlineData("no puedo dejar de temblar", FindingIds.Chills)]
    [InlineData("tengo fiebre y mi bebé está llorando", FindingIds.Fever)]
    [InlineData("tengo fiebre, el bebé está bien", FindingIds.Fever)]
    public void A_negation_or_the_baby_reaches_only_its_own_clause_and_some_negations_mean_yes(string text, string finding) =>
        Assert.Equal(Polarity.Yes, Read(text).Findings[finding]);

    [Theory]
    [InlineData("¿y si me da fiebre?", FindingIds.Fever)]
    [InlineData("¿qué pasa si me pongo roja?", FindingIds.Redness)]
    [InlineData("mi bebé tiene calentura", FindingIds.Fever)]
    [InlineData("mi hermana tuvo fiebre con su mastitis", FindingIds.Fever)]
    [InlineData("con mi primer bebé tuve fiebre", FindingIds.Fever)]
    public void Hypothetical_historical_and_someone_elses_signs_are_not_hers(string text, string finding) =>
        Assert.False(Read(text).Findings.ContainsKey(finding));

    [Theory]
    [InlineData("tengo 38,5 de fiebre", 101.3)]
    [InlineData("tengo treinta y ocho y medio", 101.3)]
    [InlineData("treinta y nueve punto dos", 102.6)]
    [InlineData("me tomé la temperatura y marcó 101 f", 101)]
    [InlineData("38 grados c", 100.4)]
    public void Reads_temperatures_in_digits_and_in_words(string text, double fahrenheit) =>
        Assert.Equal(fahrenheit, Assert.Single(Read(text).Temperatures).Fahrenheit, 1);

    [Theory]
    [InlineData("no puedo respirar", "breathing")]
    [InlineData("me falta el aire", "breathing")]
    [InlineData("tengo el corazón acelerado", "chest")]
    [InlineData("dolor en el centro del pecho", "chest")]
    [InlineData("me desmayé", "alertness")]
    [InlineData("mi esposo dice que estoy muy confundida", "alertness")]
    [InlineData("le dio una convulsión", "seizure")]
    [InlineData("quisiera dormirme y no despertar", "harm")]
    [InlineData("ya no quiero estar aquí", "harm")]
    [InlineData("mi familia estaría mejor sin mí", "harm")]
    [InlineData("todos estarían mejor si yo no estuviera", "harm")]
    [InlineData("ya no puedo más", "harm")]
    [InlineData("he pensado en tomarme todas las pastillas", "harm")]
    [InlineData("pienso en hacerle daño al bebé", "harm")]
    [InlineData("tengo pensamientos feos sobre el bebé", "harm")]
    [InlineData("a veces quisiera morirme", "harm")]
    [InlineData("¿y si le hago daño al bebé?", "harm")]
    [InlineData("tengo 40.5 de fiebre", EmergencySigns.HighTemperature)]
    [InlineData("me siento fatal y lo rojo se está extendiendo", EmergencySigns.SevereInfection)]
    [InlineData("mi bebé se puso morado y no respira", EmergencySigns.Baby)]
    public void Reads_emergency_signs_however_they_are_said(string text, string sign) =>
        Assert.Contains(sign, Read(text).EmergencySigns);

    [Theory]
    [InlineData("nunca le haría daño a mi bebé")]
    [InlineData("¿puede hacerle daño al bebé el ibuprofeno?")]
    [InlineData("se me cortó la leche")]
    [InlineData("estoy muerta de cansancio")]
    [InlineData("estoy confundida con los horarios")]
    [InlineData("me tomo las pastillas que me dio el doctor")]
    public void A_plain_denial_or_an_everyday_phrase_is_no_emergency(string text) =>
        Assert.Empty(Read(text).EmergencySigns);

    [Theory]
    [InlineData("cien por ciento segura que tengo fiebre")]
    [InlineData("me ciento mal y tengo fiebre")]
    public void Percent_and_siento_misspelt_as_ciento_are_no_reading_below_the_fever_threshold(string text)
    {
        var reading = Read(text);

        Assert.Empty(reading.Temperatures);
        Assert.Equal(Polarity.Yes, reading.Findings[FindingIds.Fever]);
    }

    [Theory]
    [InlineData("tengo una bolita desde hace una semana", 7)]
    [InlineData("el conducto tapado desde antier", 2)]
    public void Reads_how_long_a_lump_has_lasted(string text, double days) =>
        Assert.Equal(days, Read(text).LongestDays);

    [Theory]
    [InlineData("tengo una bolita y mi bebé tiene 3 semanas de nacido")]
    [InlineData("mi bebé de 2 semanas y tengo una bolita")]
    public void The_babys_age_is_not_how_long_a_lump_has_lasted(string text) =>
        Assert.Equal(0, Read(text).LongestDays);
}
