using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Tests.Conversations;

public class FreeTextTests
{
    [Fact]
    public async Task Negations_answer_questions_before_they_are_asked()
    {
        await new Clinic().Chat()
            .UserStartsWith("no fever, it's not red and I never had chills, but there's a lump")
            .UserSays("no")
            .BotAsksAbout(FindingIds.BodyAches)
            .UserSays("no")
            .BotCoachesTheMassage()
            .BotReadsBack("a lump or tender spot", "no redness or warmth, fever, chills or body aches")
            .UserSays("that's right")
            .BotAsksWhichBreast();
    }

    [Fact]
    public async Task One_answer_can_carry_several_findings()
    {
        await new Clinic().Chat()
            .UserStartsWith("I think I have a clogged duct")
            .UserSays("no, and it's not red, no fever, no chills")
            .BotAsksAbout(FindingIds.BodyAches)
            .UserSays("not really")
            .BotCoachesTheMassage()
            .BotReadsBack("a lump or tender spot", "no redness or warmth, fever, chills or body aches")
            .UserSays("that's right")
            .BotAsksWhichBreast();
    }

    [Fact]
    public async Task Slang_and_typos_count()
    {
        await new Clinic().Chat()
            .UserStartsWith("my boob is rock hard and theres a white dot on my nipple")
            .UserSays("no")
            .BotAsksAbout(FindingIds.Redness)
            .UserSays("i'm shivering")
            .BotSendsToProvider("Chills");
    }

    [Fact]
    public async Task A_no_followed_by_a_new_sign_is_read_as_both()
    {
        await new Clinic().Chat()
            .UserStartsWith("engorged")
            .UserSays("no")
            .BotAsksAbout(FindingIds.Redness)
            .UserSays("no, but I do have body aches")
            .BotSendsToProvider("Body aches");
    }

    [Theory]
    [InlineData("it was 38.5", "Fever")]
    [InlineData("101", "Fever")]
    [InlineData("100.8 degrees", "Fever")]
    [InlineData("39 C", "Fever")]
    [InlineData("yes but I didn't measure it", "Fever")]
    public async Task A_fever_is_read_from_a_reading_in_F_or_C_or_a_bare_number_or_a_plain_yes(string answer, string signs)
    {
        await new Clinic().Chat()
            .UserStartsWith("my breast is engorged")
            .UserSays("no")
            .BotAsksAbout(FindingIds.Redness)
            .UserSays("no")
            .BotAsksAbout(FindingIds.Fever)
            .UserSays(answer)
            .BotSendsToProvider(signs);
    }

    [Theory]
    [InlineData("99.5", "99.5 °F", "100.4 °F")]
    [InlineData("37.2 C", "37.2 °C", "38.0 °C")]
    [InlineData("I have a fever of 99.9 F", "99.9 °F", "100.4 °F")]
    public async Task A_reading_below_the_threshold_is_kindly_not_counted_as_a_fever(string answer, string reading, string threshold)
    {
        await new Clinic().Chat()
            .UserStartsWith("my breast is engorged")
            .UserSays("no")
            .BotAsksAbout(FindingIds.Redness)
            .UserSays("no")
            .BotAsksAbout(FindingIds.Fever)
            .UserSays(answer)
            .BotSays(Clinic.Content.Messages.Format(MessageKeys.FeverBelowThreshold, ("reading", reading), ("threshold", threshold)))
            .BotAsksAbout(FindingIds.Chills);
    }

    [Fact]
    public async Task A_number_that_fits_neither_scale_is_asked_again()
    {
        await new Clinic().Chat()
            .UserStartsWith("my breast is engorged")
            .UserSays("no")
            .BotAsksAbout(FindingIds.Redness)
            .UserSays("no")
            .BotAsksAbout(FindingIds.Fever)
            .UserSays("it said 50")
            .BotSays(Clinic.Say(MessageKeys.TemperatureUnclear))
            .BotAsksAbout(FindingIds.Fever)
            .UserSays("100.9 F")
            .BotSendsToProvider("Fever");
    }

    [Fact]
    public async Task A_fever_that_is_gone_now_still_has_to_be_asked_about()
    {
        await new Clinic().Chat()
            .UserStartsWith("I have a lump but no fever now")
            .UserSays("no")
            .BotAsksAbout(FindingIds.Redness)
            .UserSays("no")
            .BotAsksAbout(FindingIds.Fever)
            .UserSays("yes I had one yesterday")
            .BotSendsToProvider("Fever");
    }

    [Fact]
    public async Task An_answer_the_bot_cannot_use_gets_the_question_again()
    {
        await new Clinic().Chat()
            .UserStartsWith("engorged")
            .UserSays("banana")
            .BotSays(Clinic.Say(MessageKeys.NotUnderstood))
            .BotAsksAbout(FindingIds.Emergency)
            .UserSays("no")
            .BotAsksAbout(FindingIds.Redness);
    }

    [Fact]
    public async Task On_SMS_the_questions_are_numbered_and_a_number_answers()
    {
        await new Clinic().Chat("sms")
            .UserSays("my breast is engorged")
            .BotWelcomes()
            .BotSays(Clinic.Say(MessageKeys.TriageStart))
            .BotSays($"{Clinic.Question(FindingIds.Emergency)} (1) Yes, (2) No, or (3) Not sure")
            .UserSays("2")
            .BotSays($"{Clinic.Question(FindingIds.Redness)} (1) Yes, (2) No, or (3) Not sure")
            .UserSays("1")
            .BotSendsToProvider("Redness or warmth");
    }
}
