using FeminaBot.Conversations.Testing;

namespace FeminaBot.Triage.Tests.Conversations;

/// <summary>
/// Office questions typed in Spanish, answered in Spanish: ranges of days, the day after tomorrow,
/// short questions of a few words, addresses of every office. Asked on Tuesday, November 24 2026 at
/// 10:00 AM in Los Angeles.
/// </summary>
public class SpanishOfficeQuestionTests
{
    [Theory]
    [InlineData("pasadena de lunes a miércoles")]
    [InlineData("horario de pasadena del lunes al miercoles")]
    public async Task From_one_day_to_another_is_every_day_between(string question)
    {
        await Chat()
            .UserSays(question)
            .BotSays(Clinic.OnMarkdown(
                "El lunes 30 de noviembre:\nPasadena: 7:00 a. m. – 6:00 p. m.\n"
                + "El martes 1 de diciembre:\nPasadena: 7:00 a. m. – 4:00 p. m.\n"
                + "El miércoles 2 de diciembre:\nPasadena: con cita: llame al (818) 873-1403"))
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task Pasado_manana_is_the_day_after_tomorrow()
    {
        await Chat()
            .UserSays("horario de sherman oaks pasado mañana")
            .BotSays(Clinic.OnMarkdown("El jueves 26 de noviembre:\nSherman Oaks: 8:00 a. m. – 6:00 p. m."))
            .BotSaysNothingMore();
    }

    [Theory]
    [InlineData("bh abre mñn?")]
    [InlineData("bev hills abre mañana")]
    public async Task A_short_question_in_Spanish_is_answered_in_Spanish(string question)
    {
        await Chat()
            .UserSays(question)
            .BotSays(Clinic.OnMarkdown("El miércoles 25 de noviembre:\nBeverly Hills: con cita: llame al (310) 871-9554"))
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task The_addresses_of_the_three_offices_are_no_three_oclock()
    {
        await Chat()
            .UserSays("direcciones de las tres oficinas porfa")
            .BotSays(Clinic.OnMarkdown(
                "Beverly Hills: 9012 Burton Way, Beverly Hills, CA 90211\n"
                + "Pasadena: 350 S. Lake Avenue #220, Pasadena, CA 91101\n"
                + "Sherman Oaks: 13425 Ventura Blvd. Suite 200, Sherman Oaks, CA 91423"))
            .BotSaysNothingMore();
    }

    [Fact]
    public async Task Appointments_on_a_day_are_that_days_hours_and_the_numbers()
    {
        await Chat()
            .UserSays("tienen citas el sábado?")
            .BotSays(Clinic.OnMarkdown(
                "El sábado 28 de noviembre, todas nuestras oficinas están cerradas.\n"
                + "Nuestras oficinas vuelven a abrir el lunes 30 de noviembre:\n"
                + "Beverly Hills: 12:00 p. m. – 5:00 p. m.\nPasadena: 7:00 a. m. – 6:00 p. m.\nSherman Oaks: 7:30 a. m. – 6:00 p. m.\n"
                + "Para hacer una cita, por favor llame a la oficina que quiera visitar:\n"
                + "Beverly Hills: (310) 871-9554\nPasadena: (818) 873-1403\nSherman Oaks: (818) 877-6910"))
            .BotSaysNothingMore();
    }

    private static ConversationTest Chat() => new Clinic().Chat();
}
