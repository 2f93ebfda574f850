using FeminaBot.Conversations.Dialogs;
using FeminaBot.Conversations.Dialogs.Prompts;
using FeminaBot.Conversations.Schema;

namespace FeminaBot.Conversations.Tests.Dialogs;

public class DateTimePromptTests
{
    [Fact]
    public async Task A_relative_day_and_time_is_read_against_the_activitys_own_time()
    {
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("ask", [
            (step, ct) => step.PromptAsync("when", new PromptOptions
            {
                Prompt = MessageFactory.Text("When would you like to come in?"),
                RetryPrompt = MessageFactory.Text("Please give a day and time, like Tuesday at 5pm."),
            }, ct),
            async (step, ct) =>
            {
                var first = ((IReadOnlyList<DateTimeResolution>)step.Result!)[0];
                await step.Context.SendActivityAsync($"{first.Timex} {first.Value}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));
        root.AddDialog(new DateTimePrompt("when") { ReferenceTime = _ => new DateTime(2026, 11, 24, 9, 0, 0) });

        await new DialogTestBot(root).Talk()
            .UserSays("hi")
            .BotSays("When would you like to come in?")
            .UserSays("whenever")
            .BotSays("Please give a day and time, like Tuesday at 5pm.")
            .UserSays("tomorrow at 5pm")
            .BotSays("2026-11-25T17 2026-11-25 17:00:00");
    }
}
