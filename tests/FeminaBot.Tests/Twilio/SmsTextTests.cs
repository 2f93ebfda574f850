using FeminaBot.Twilio;

namespace FeminaBot.Tests.Twilio;

public class SmsTextTests
{
    [Theory]
    [InlineData(160, 'a', 1)]
    [InlineData(161, 'a', 2)]
    [InlineData(306, 'a', 2)]
    [InlineData(307, 'a', 3)]
    [InlineData(70, 'é', 1)]
    [InlineData(70, 'ü', 1)]
    [InlineData(70, 'ł', 1)]
    [InlineData(71, 'ł', 2)]
    [InlineData(134, 'ł', 2)]
    [InlineData(135, 'ł', 3)]
    [InlineData(80, '€', 1)]
    [InlineData(81, '€', 2)]
    public void Segments_are_counted_for_GSM_7_with_its_extension_and_for_UCS_2(int length, char c, int segments) =>
        Assert.Equal(segments, SmsText.Segments(new string(c, length)));

    [Fact]
    public void One_character_outside_GSM_7_makes_the_whole_text_UCS_2()
    {
        Assert.Equal(1, SmsText.Segments(new string('a', 100)));
        Assert.Equal(2, SmsText.Segments(new string('a', 99) + "•"));
    }

    [Fact]
    public void Typography_becomes_plain_so_a_reply_stays_in_GSM_7()
    {
        var plain = SmsText.ToPlain("It’s 104 °F:\n• Chest pain – call 911 “now”");

        Assert.Equal("It's 104 F:\n- Chest pain - call 911 \"now\"", plain);
        Assert.True(SmsText.IsGsm7(plain));
    }

    [Fact]
    public void A_long_reply_is_split_between_sentences_into_messages_that_fit()
    {
        var sentence = "Keep removing milk as usual, by nursing or expressing, and use a cold compress rather than heat. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 8)).Trim();

        var messages = SmsText.Split(text, maxSegments: 2);

        Assert.True(messages.Count > 1);
        Assert.All(messages, m => Assert.True(SmsText.Segments(m) <= 2, m));
        Assert.All(messages, m => Assert.EndsWith("heat.", m, StringComparison.Ordinal));
        Assert.Equal(text, string.Join(' ', messages));
    }

    [Fact]
    public void A_sentence_longer_than_a_message_is_split_between_words()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 200));

        var messages = SmsText.Split(text, maxSegments: 1);

        Assert.All(messages, m => Assert.True(m.Length <= 160 && !m.StartsWith(' ') && m.StartsWith("word", StringComparison.Ordinal)));
        Assert.Equal(text, string.Join(' ', messages));
    }

    [Fact]
    public void A_numbered_list_that_does_not_fit_after_the_text_before_it_takes_its_question_into_the_next_text()
    {
        var step = "Step 2: " + string.Concat(Enumerable.Repeat("Use gentle strokes toward the armpit. ", 6)).Trim();
        const string question = "What would you like to do next?";
        const string list = "   1. Next\n   2. Repeat\n   3. Back\n   4. Stop";

        var messages = SmsText.Split($"{step}\n\n{question}\n\n{list}", maxSegments: 2);

        Assert.Equal(2, SmsText.Segments($"{step}\n\n{question}"));
        Assert.Equal([step, $"{question}\n\n{list}"], messages);
    }

    [Fact]
    public void A_numbered_list_too_long_to_join_its_question_starts_the_next_text()
    {
        var question = string.Concat(Enumerable.Repeat("Tell me more about how it feels. ", 8)) + "Which is closest?";
        var list = string.Join('\n', Enumerable.Range(1, 6).Select(i => $"   {i}. A choice with a rather long title, number {i}"));

        var messages = SmsText.Split($"{question}\n\n{list}", maxSegments: 2);

        Assert.Equal([question, list.TrimStart()], messages);
    }

    [Theory]
    [InlineData("STOP", SmsKeyword.OptOut)]
    [InlineData("stop", SmsKeyword.OptOut)]
    [InlineData("Unsubscribe", SmsKeyword.OptOut)]
    [InlineData("cancel", SmsKeyword.OptOut)]
    [InlineData("START", SmsKeyword.OptIn)]
    [InlineData("unstop", SmsKeyword.OptIn)]
    [InlineData("HELP", SmsKeyword.Help)]
    [InlineData("info", SmsKeyword.Help)]
    [InlineData("AYUDA", SmsKeyword.Help)]
    [InlineData("Ayuda.", SmsKeyword.Help)]
    [InlineData("please stop the massage", SmsKeyword.None)]
    [InlineData("necesito ayuda", SmsKeyword.None)]
    [InlineData("I need help", SmsKeyword.None)]
    public void Only_a_keyword_alone_is_a_carrier_keyword(string body, SmsKeyword keyword) => Assert.Equal(keyword, SmsKeywords.Of(body));

    [Theory]
    [InlineData("HELP", "en")]
    [InlineData("info", "en")]
    [InlineData("AYUDA", "es")]
    [InlineData("ayuda", "es")]
    public void HELP_is_English_and_AYUDA_Spanish(string body, string language) => Assert.Equal((SmsKeyword.Help, language), SmsKeywords.Read(body));

    [Fact]
    public void GSM_7_has_the_Spanish_letters_e_n_u_and_the_opening_marks_but_not_a_i_o_u_with_accents()
    {
        Assert.True(SmsText.IsGsm7("¿Qué? ¡Señal! pingüino É Ñ Ü"));
        Assert.All("áíóúÁÍÓÚ", c => Assert.False(SmsText.IsGsm7(c.ToString()), c.ToString()));
    }

    [Fact]
    public void Dropping_accents_leaves_the_letters_GSM_7_has_and_makes_a_Spanish_text_GSM_7()
    {
        var text = SmsAccents.Drop("¿Está segura? Sí, llámenos más tarde. ÁREA, ÚLTIMO, Íntimo, Óvalo. Bebé, niño, pingüino.");

        Assert.Equal("¿Esta segura? Si, llamenos mas tarde. AREA, ULTIMO, Intimo, Ovalo. Bebé, niño, pingüino.", text);
        Assert.True(SmsText.IsGsm7(text));
    }

    [Fact]
    public void A_letter_written_with_a_combining_accent_is_dropped_of_it_too() =>
        Assert.Equal("si", SmsAccents.Drop("si\u0301"));

    [Fact]
    public void Phone_numbers_are_masked_for_logs() => Assert.Equal("••••••••••67", PhoneMask.Of("+14155551267"));
}
