using FeminaBot.Triage.Content;
using FeminaBot.Triage.Recognition;

namespace FeminaBot.Triage.Tests.Recognition;

public class SymptomRecognizerTests
{
    private static readonly SymptomRecognizer Recognizer = new(Clinic.Content);

    [Theory]
    [InlineData("my breasts are engorged", FindingIds.Fullness)]
    [InlineData("my boob is rock hard", FindingIds.Fullness)]
    [InlineData("it feels so full and heavy", FindingIds.Fullness)]
    [InlineData("I think I have a clogged duct", FindingIds.Lump)]
    [InlineData("there's a hard spot near my armpit", FindingIds.Lump)]
    [InlineData("there's a white dot on my nipple", FindingIds.Bleb)]
    [InlineData("I have a milk blister", FindingIds.Bleb)]
    [InlineData("it's red and hot to the touch", FindingIds.Redness)]
    [InlineData("a red streak going up", FindingIds.Redness)]
    [InlineData("I'm feverish", FindingIds.Fever)]
    [InlineData("running a temp since last night", FindingIds.Fever)]
    [InlineData("I had a fever yesterday but it's gone now", FindingIds.Fever)]
    [InlineData("I've been shivering all night", FindingIds.Chills)]
    [InlineData("I can't get warm", FindingIds.Chills)]
    [InlineData("achy all over", FindingIds.BodyAches)]
    [InlineData("I feel like I have the flu", FindingIds.BodyAches)]
    [InlineData("my brest is swolen", FindingIds.Fullness)]
    [InlineData("shiverring", FindingIds.Chills)]
    public void Reads_a_sign_from_everyday_words_slang_and_typos(string text, string finding) =>
        Assert.Equal(Polarity.Yes, Recognizer.Read(text).Findings[finding]);

    [Theory]
    [InlineData("no fever", FindingIds.Fever)]
    [InlineData("it's not red", FindingIds.Redness)]
    [InlineData("never had chills", FindingIds.Chills)]
    [InlineData("I don't have chills or body aches", FindingIds.BodyAches)]
    [InlineData("no redness, fever or chills", FindingIds.Chills)]
    [InlineData("fever: no", FindingIds.Fever)]
    [InlineData("without any lump", FindingIds.Lump)]
    public void Reads_a_negation_as_no(string text, string finding) =>
        Assert.Equal(Polarity.No, Recognizer.Read(text).Findings[finding]);

    [Theory]
    [InlineData("it's red but no fever", FindingIds.Redness, Polarity.Yes, FindingIds.Fever, Polarity.No)]
    [InlineData("no fever, and I have chills", FindingIds.Fever, Polarity.No, FindingIds.Chills, Polarity.Yes)]
    [InlineData("no I have chills", FindingIds.Chills, Polarity.Yes, FindingIds.Chills, Polarity.Yes)]
    [InlineData("I never had a fever, but there's a lump", FindingIds.Fever, Polarity.No, FindingIds.Lump, Polarity.Yes)]
    public void A_negation_reaches_only_its_own_part_of_the_sentence(string text, string first, Polarity firstIs, string second, Polarity secondIs)
    {
        var reading = Recognizer.Read(text);

        Assert.Equal(firstIs, reading.Findings[first]);
        Assert.Equal(secondIs, reading.Findings[second]);
    }

    [Theory]
    [InlineData("I'm not sure if it's red", FindingIds.Redness)]
    [InlineData("maybe a fever", FindingIds.Fever)]
    public void Doubt_is_unsure(string text, string finding) =>
        Assert.Equal(Polarity.Unsure, Recognizer.Read(text).Findings[finding]);

    [Theory]
    [InlineData("no fever now")]
    [InlineData("I don't have a fever anymore")]
    public void A_fever_denied_only_for_now_stays_unknown(string text) =>
        Assert.False(Recognizer.Read(text).Findings.ContainsKey(FindingIds.Fever));

    [Theory]
    [InlineData("I'm 38 years old and my breast hurts")]
    [InlineData("my baby is 3 weeks old")]
    [InlineData("I fell asleep nursing")]
    [InlineData("I never had this before")]
    [InlineData("that's right")]
    public void Ordinary_words_and_numbers_are_not_signs(string text)
    {
        var reading = Recognizer.Read(text);

        Assert.Empty(reading.Findings);
        Assert.Empty(reading.Temperatures);
        Assert.Empty(reading.EmergencySigns);
    }

    [Theory]
    [InlineData("101.3 F", 101.3)]
    [InlineData("38.6 degrees celsius", 101.5)]
    [InlineData("about 100 degrees", 100)]
    [InlineData("my temp is 38", 100.4)]
    [InlineData("chills and 101.2", 101.2)]
    [InlineData("fever of 39", 102.2)]
    public void Reads_temperatures_in_F_in_C_and_bare(string text, double fahrenheit) =>
        Assert.Equal(fahrenheit, Assert.Single(Recognizer.Read(text).Temperatures).Fahrenheit, 1);

    [Theory]
    [InlineData("I can't breathe", "breathing")]
    [InlineData("my lips are blue", "breathing")]
    [InlineData("chest pain", "chest")]
    [InlineData("my heart is racing", "chest")]
    [InlineData("I passed out", "alertness")]
    [InlineData("my wife is confused and hard to wake", "alertness")]
    [InlineData("she had a seizure", "seizure")]
    [InlineData("I want to hurt myself", "harm")]
    [InlineData("I might hurt my baby", "harm")]
    [InlineData("temperature 104.2", SymptomRecognizer.HighTemperatureSign)]
    [InlineData("40.5 C", SymptomRecognizer.HighTemperatureSign)]
    [InlineData("there's pus and I feel very ill", SymptomRecognizer.SevereInfectionSign)]
    public void Reads_emergency_signs_however_they_are_said(string text, string sign) =>
        Assert.Contains(sign, Recognizer.Read(text).EmergencySigns);

    [Theory]
    [InlineData("no trouble breathing")]
    [InlineData("I don't have chest pain")]
    [InlineData("there's some pus")]
    [InlineData("the skin looks a bit purple")]
    public void A_denied_emergency_sign_or_a_severe_sign_without_feeling_very_ill_is_not_an_emergency(string text) =>
        Assert.Empty(Recognizer.Read(text).EmergencySigns);

    [Theory]
    [InlineData("my left boob hurts", "left")]
    [InlineData("the right side", "right")]
    [InlineData("both breasts", "both")]
    [InlineData("left breast and right breast", "both")]
    [InlineData("that's right", null)]
    public void Reads_which_breast(string text, string? side) => Assert.Equal(side, SideRecognizer.Recognize(text));
}
