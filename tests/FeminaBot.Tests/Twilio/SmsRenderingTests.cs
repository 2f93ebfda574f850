using FeminaBot.Twilio;

namespace FeminaBot.Tests.Twilio;

public class SmsRenderingTests
{
    // 120 characters with accents: one UCS-2 text of two segments, or one GSM-7 text of one.
    private const string Short = "Por favor, comuníquese hoy con su doctor, partera u obstetra. Esto puede ser señal de mastitis y necesita atención hoy.";

    // Twice that: two UCS-2 texts, or one GSM-7 text.
    private const string Long = Short + " " + Short;

    [Fact]
    public void Accents_are_kept_in_a_reply_that_is_one_text_either_way()
    {
        var texts = SmsRendering.Texts(Short, Options(TransliterationMode.WhenFewerTexts));

        Assert.Equal([Short], texts);
        Assert.Equal(2, SmsText.Segments(texts[0]));
    }

    [Fact]
    public void Accents_are_dropped_from_a_reply_when_that_spares_the_parent_texts()
    {
        var kept = SmsRendering.Texts(Long, Options(TransliterationMode.Never));
        var dropped = SmsRendering.Texts(Long, Options(TransliterationMode.WhenFewerTexts));

        Assert.Equal(2, kept.Count);
        Assert.Equal([SmsAccents.Drop(Long)], dropped);
        Assert.All(kept.Concat(dropped), t => Assert.True(SmsText.Segments(t) <= 2, t));
    }

    [Fact]
    public void Always_drops_accents_even_where_they_cost_no_text_and_never_keeps_them_at_any_cost()
    {
        Assert.Equal([SmsAccents.Drop(Short)], SmsRendering.Texts(Short, Options(TransliterationMode.Always)));
        Assert.Equal(3, SmsRendering.Texts(Long + " " + Short, Options(TransliterationMode.Never)).Count);
    }

    [Fact]
    public void An_English_reply_is_the_same_whatever_the_setting()
    {
        const string english = "Please contact your doctor, midwife or OB today.";

        Assert.All(Enum.GetValues<TransliterationMode>(), mode => Assert.Equal([english], SmsRendering.Texts(english, Options(mode))));
    }

    private static TwilioOptions Options(TransliterationMode mode) => new() { Transliterate = mode, MaxSegmentsPerMessage = 2 };
}
