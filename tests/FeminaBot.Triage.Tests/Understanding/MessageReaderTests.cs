using FeminaBot.Triage.Content;
using FeminaBot.Triage.Recognition;
using FeminaBot.Triage.Understanding;

namespace FeminaBot.Triage.Tests.Understanding;

public class MessageReaderTests
{
    private static readonly MessageReader Reader = new(Clinic.Content);

    private static MessageReading Read(string text) => Reader.Read(text, new DateTime(2026, 11, 24, 10, 0, 0));

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
        Assert.Equal(Polarity.Yes, Read(text).Findings[finding]);

    [Theory]
    [InlineData("no fever", FindingIds.Fever)]
    [InlineData("it's not red", FindingIds.Redness)]
    [InlineData("never had chills", FindingIds.Chills)]
    [InlineData("I don't have chills or body aches", FindingIds.BodyAches)]
    [InlineData("no redness, fever or chills", FindingIds.Chills)]
    [InlineData("fever: no", FindingIds.Fever)]
    [InlineData("without any lump", FindingIds.Lump)]
    public void Reads_a_negation_as_no(string text, string finding) =>
        Assert.Equal(Polarity.No, Read(text).Findings[finding]);

    [Theory]
    [InlineData("it's red but no fever", FindingIds.Redness, Polarity.Yes, FindingIds.Fever, Polarity.No)]
    [InlineData("no fever, and I have chills", FindingIds.Fever, Polarity.No, FindingIds.Chills, Polarity.Yes)]
    [InlineData("no I have chills", FindingIds.Chills, Polarity.Yes, FindingIds.Chills, Polarity.Yes)]
    [InlineData("I never had a fever, but there's a lump", FindingIds.Fever, Polarity.No, FindingIds.Lump, Polarity.Yes)]
    public void A_negation_reaches_only_its_own_part_of_the_sentence(string text, string first, Polarity firstIs, string second, Polarity secondIs)
    {
        var reading = Read(text);

        Assert.Equal(firstIs, reading.Findings[first]);
        Assert.Equal(secondIs, reading.Findings[second]);
    }

    [Theory]
    [InlineData("I'm not sure if it's red", FindingIds.Redness)]
    [InlineData("maybe a fever", FindingIds.Fever)]
    public void Doubt_is_unsure(string text, string finding) =>
        Assert.Equal(Polarity.Unsure, Read(text).Findings[finding]);

    [Theory]
    [InlineData("no fever now")]
    [InlineData("I don't have a fever anymore")]
    public void A_fever_denied_only_for_now_stays_unknown(string text) =>
        Assert.False(Read(text).Findings.ContainsKey(FindingIds.Fever));

    [Theory]
    [InlineData("I'm 38 years old and my breast hurts")]
    [InlineData("my baby is 3 weeks old")]
    [InlineData("I fell asleep nursing")]
    [InlineData("I never had this before")]
    [InlineData("that's right")]
    [InlineData("i actually feel warm enough under the blanket")]
    public void Ordinary_words_and_numbers_are_not_signs(string text)
    {
        var reading = Read(text);

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
        Assert.Equal(fahrenheit, Assert.Single(Read(text).Temperatures).Fahrenheit, 1);

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
    [InlineData("temperature 104.2", EmergencySigns.HighTemperature)]
    [InlineData("40.5 C", EmergencySigns.HighTemperature)]
    [InlineData("there's pus and I feel very ill", EmergencySigns.SevereInfection)]
    public void Reads_emergency_signs_however_they_are_said(string text, string sign) =>
        Assert.Contains(sign, Read(text).EmergencySigns);

    [Theory]
    [InlineData("no trouble breathing")]
    [InlineData("I don't have chest pain")]
    [InlineData("the skin looks a bit purple")]
    public void A_denied_emergency_sign_or_a_severe_sign_without_feeling_very_ill_is_not_an_emergency(string text) =>
        Assert.Empty(Read(text).EmergencySigns);

    [Theory]
    [InlineData("my left boob hurts", "left")]
    [InlineData("the right side", "right")]
    [InlineData("both breasts", "both")]
    [InlineData("left breast and right breast", "both")]
    [InlineData("that's right", null)]
    public void Reads_which_breast(string text, string? side) => Assert.Equal(side, Read(text).Side);

    [Theory]
    [InlineData("I can't stop shivering", FindingIds.Chills)]
    [InlineData("can't get warm no matter what", FindingIds.Chills)]
    [InlineData("it's never been this red", FindingIds.Redness)]
    [InlineData("not just sore, it's hot to the touch", FindingIds.Redness)]
    [InlineData("nothing helps the chills", FindingIds.Chills)]
    public void Words_that_look_like_a_negation_but_are_not_one_mean_yes(string text, string finding) =>
        Assert.Equal(Polarity.Yes, Read(text).Findings[finding]);

    [Theory]
    [InlineData("what should I do if I get a fever?", FindingIds.Fever)]
    [InlineData("how do I know if it's mastitis, like if it turns red", FindingIds.Redness)]
    [InlineData("my baby has a fever", FindingIds.Fever)]
    [InlineData("my sister had chills with her mastitis", FindingIds.Chills)]
    [InlineData("I had mastitis with a fever with my first, years ago", FindingIds.Fever)]
    public void Hypothetical_historical_and_someone_elses_signs_are_not_hers(string text, string finding) =>
        Assert.False(Read(text).Findings.ContainsKey(finding));

    [Theory]
    [InlineData("my wife has a fever and her breast is red", FindingIds.Fever)]
    [InlineData("the fever broke this morning", FindingIds.Fever)]
    [InlineData("my baby is 2 weeks old and I have chills", FindingIds.Chills)]
    public void Her_partner_speaking_for_her_and_a_fever_since_this_began_count(string text, string finding) =>
        Assert.Equal(Polarity.Yes, Read(text).Findings[finding]);

    [Theory]
    [InlineData("I have a fever and baby is crying", FindingIds.Fever)]
    [InlineData("I have a fever, baby is fine", FindingIds.Fever)]
    [InlineData("my breast is red and baby has a rash", FindingIds.Redness)]
    public void The_baby_named_after_her_sign_in_another_clause_leaves_it_hers(string text, string finding) =>
        Assert.Equal(Polarity.Yes, Read(text).Findings[finding]);

    [Theory]
    [InlineData("my baby has a fever and won't eat")]
    [InlineData("baby's temp is 100.5")]
    public void The_babys_illness_is_read_apart_from_hers(string text)
    {
        var reading = Read(text);

        Assert.True(reading.BabyIll);
        Assert.Empty(reading.Temperatures);
        Assert.Empty(reading.EmergencySigns);
    }

    [Theory]
    [InlineData("honestly i cant do this anymore, everyone would be better off without me")]
    [InlineData("I don't want to be here anymore")]
    [InlineData("I keep having thoughts of hurting myself")]
    [InlineData("i wish i could go to sleep and not wake up")]
    [InlineData("scary thoughts about the baby")]
    [InlineData("what if I hurt the baby")]
    public void Thoughts_of_harm_are_an_emergency_however_they_are_said(string text) =>
        Assert.Contains(EmergencySigns.Harm, Read(text).EmergencySigns);

    [Theory]
    [InlineData("I feel like I'm going to pass out", "alertness")]
    [InlineData("my heart is really pounding", "chest")]
    [InlineData("the red is spreading super fast and i feel awful", EmergencySigns.SevereInfection)]
    [InlineData("my husband says I'm not making sense", "alertness")]
    [InlineData("my baby is limp and won't wake up", EmergencySigns.Baby)]
    public void An_emergency_one_word_away_from_the_list_is_still_an_emergency(string text, string sign) =>
        Assert.Contains(sign, Read(text).EmergencySigns);

    [Theory]
    [InlineData("temp 38,5", 101.3)]
    [InlineData("a hundred and two point five", 102.5)]
    [InlineData("thermometer says thirty eight point nine", 102.0)]
    [InlineData("fever of one oh one", 101)]
    [InlineData("my temp was 38.9 earlier", 102.0)]
    [InlineData("101F", 101)]
    public void Reads_readings_with_a_decimal_comma_and_in_words(string text, double fahrenheit) =>
        Assert.Equal(fahrenheit, Assert.Single(Read(text).Temperatures).Fahrenheit, 1);

    [Theory]
    [InlineData("my temp was 38.9 earlier", true, null)]
    [InlineData("hit 102 last night", true, null)]
    [InlineData("oral temp 100.8 right now", false, "oral")]
    public void A_reading_keeps_when_and_where_it_was_taken(string text, bool earlier, string? site)
    {
        var reading = Assert.Single(Read(text).Temperatures);

        Assert.Equal(earlier, reading.Earlier);
        Assert.Equal(site, reading.Site);
    }

    [Theory]
    [InlineData("I delivered at 40 weeks and have a fever")]
    [InlineData("fever since 10:40 this morning")]
    public void Numbers_that_are_not_temperatures_are_not_readings(string text) =>
        Assert.Empty(Read(text).Temperatures);

    [Theory]
    [InlineData("rednesss and bodyaches", FindingIds.Redness, FindingIds.BodyAches)]
    [InlineData("my L boob is sooo swollen and im shiverrrring", FindingIds.Fullness, FindingIds.Chills)]
    [InlineData("feaver and chils", FindingIds.Fever, FindingIds.Chills)]
    public void Survives_stretched_letters_joined_words_and_typos(string text, string first, string second)
    {
        var reading = Read(text);

        Assert.Equal(Polarity.Yes, reading.Findings[first]);
        Assert.Equal(Polarity.Yes, reading.Findings[second]);
    }

    [Theory]
    [InlineData("there's been a lump for 3 weeks now")]
    [InlineData("the clog keeps coming back in the same spot")]
    public void A_lump_that_lasts_or_comes_back_is_read_with_how_long_and_how_often(string text)
    {
        var reading = Read(text);

        Assert.True(reading.MentionsLump);
        Assert.True(reading.LongestDays >= 2 || reading.Recurring);
    }

    [Theory]
    [InlineData("ebf 3 wks, lump on the outer edge")]
    [InlineData("had covid 2 weeks ago. now a clogged duct")]
    public void The_babys_age_and_another_sentences_time_are_not_how_long_a_lump_has_lasted(string text) =>
        Assert.True(Read(text).LongestDays < 2);

    [Theory]
    [InlineData("tried massaging all day yesterday and it's not getting better", FindingIds.Lasting)]
    [InlineData("yellow pus coming out of my nipple", FindingIds.Discharge)]
    public void Discharge_and_a_sign_no_better_after_a_day_are_told_signs_for_the_provider(string text, string sign) =>
        Assert.Equal(Polarity.Yes, Read(text).Findings[sign]);

    [Theory]
    [InlineData("fever and chills for a few hours")]
    [InlineData("red patch getting bigger by the hour")]
    [InlineData("lump close to my armpit")]
    public void Symptoms_with_office_words_are_not_office_questions(string text) =>
        Assert.Null(Read(text).OfficeQuestion);
}
