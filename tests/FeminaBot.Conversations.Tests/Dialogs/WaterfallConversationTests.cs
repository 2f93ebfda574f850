namespace FeminaBot.Conversations.Tests.Dialogs;

public class WaterfallConversationTests
{
    [Fact]
    public async Task A_four_step_waterfall_runs_across_turns_with_buttons_on_web_chat()
    {
        await new DialogTestBot(new SymptomCheckDialog()).Talk("webchat")
            .UserSays("hi")
            .BotAsks("Which breast hurts?", "Left", "Right", "Both")
            .UserSays("Left")
            .BotAsks("Is the skin red?", "Yes", "No")
            .UserSays("nope")
            .BotSays("What is your temperature?")
            .UserSays("99.1")
            .BotSays("Anything else?")
            .UserSays("it started yesterday")
            .BotSays("Left, red: false, temperature: 99.1, note: it started yesterday");
    }

    [Fact]
    public async Task The_same_waterfall_on_SMS_shows_choices_as_numbers_and_accepts_a_number()
    {
        await new DialogTestBot(new SymptomCheckDialog()).Talk("sms")
            .UserSays("hi")
            .BotSays("Which breast hurts? (1) Left, (2) Right, or (3) Both")
            .UserSays("2")
            .BotSays("Is the skin red? (1) Yes or (2) No")
            .UserSays("1")
            .BotSays("What is your temperature?")
            .UserSays("one hundred")
            .BotSays("Anything else?")
            .UserSays("no")
            .BotSays("Right, red: true, temperature: 100, note: no");
    }

    [Fact]
    public async Task Answers_in_a_sentence_with_synonyms_or_typos_are_understood()
    {
        await new DialogTestBot(new SymptomCheckDialog()).Talk("webchat")
            .UserSays("hi")
            .BotAsks("Which breast hurts?", "Left", "Right", "Both")
            .UserSays("it's the rihgt side")
            .BotAsks("Is the skin red?", "Yes", "No")
            .UserSays("yeah it is")
            .BotSays("What is your temperature?")
            .UserSays("I took it, 100.2")
            .BotSays("Anything else?")
            .UserSays("thanks")
            .BotSays("Right, red: true, temperature: 100.2, note: thanks");
    }

    [Fact]
    public async Task What_the_bot_said_before_the_prompt_read_the_answer_does_not_stop_the_retry()
    {
        var bot = new DialogTestBot(new SymptomCheckDialog(), interrupt: async (dc, cancellationToken) =>
        {
            if (dc.Context.Activity.Text == "purple")
            {
                await dc.Context.SendActivityAsync("Noted.", cancellationToken: cancellationToken);
            }

            return false;
        });

        await bot.Talk("webchat")
            .UserSays("hi")
            .BotAsks("Which breast hurts?", "Left", "Right", "Both")
            .UserSays("purple")
            .BotSays("Noted.")
            .BotAsks("Please choose left, right or both.", "Left", "Right", "Both");
    }

    [Fact]
    public async Task An_answer_the_prompt_cannot_use_gets_the_retry_prompt_until_it_can()
    {
        await new DialogTestBot(new SymptomCheckDialog()).Talk("webchat")
            .UserSays("hi")
            .BotAsks("Which breast hurts?", "Left", "Right", "Both")
            .UserSays("purple")
            .BotAsks("Please choose left, right or both.", "Left", "Right", "Both")
            .UserSays("left and right")
            .BotAsks("Please choose left, right or both.", "Left", "Right", "Both")
            .UserSays("both sides")
            .BotAsks("Is the skin red?", "Yes", "No")
            .UserSays("maybe")
            .BotAsks("Is the skin red?", "Yes", "No")
            .UserSays("no")
            .BotSays("What is your temperature?")
            .UserSays("hot")
            .BotSays("Please give your temperature as a number, like 99.5.")
            .UserSays("500")
            .BotSays("Please give your temperature as a number, like 99.5.")
            .UserSays("98.6")
            .BotSays("Anything else?");
    }

    [Fact]
    public async Task After_the_maximum_attempts_the_prompt_gives_up_and_the_dialog_goes_on_without_an_answer()
    {
        await new DialogTestBot(new SymptomCheckDialog(maxAttempts: 2)).Talk("webchat")
            .UserSays("hi")
            .BotAsks("Which breast hurts?", "Left", "Right", "Both")
            .UserSays("left")
            .BotAsks("Is the skin red?", "Yes", "No")
            .UserSays("no")
            .BotSays("What is your temperature?")
            .UserSays("warm")
            .BotSays("Please give your temperature as a number, like 99.5.")
            .UserSays("I don't know")
            .BotSays("Anything else?")
            .UserSays("no")
            .BotSays("Left, red: false, temperature: unknown, note: no");
    }
}
