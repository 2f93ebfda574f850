using FeminaBot.Conversations.Dialogs;
using FeminaBot.Conversations.Dialogs.Prompts;
using FeminaBot.Conversations.Schema;

namespace FeminaBot.Conversations.Tests.Dialogs;

public class NestedDialogTests
{
    [Fact]
    public async Task A_child_dialogs_result_reaches_its_parent()
    {
        await new DialogTestBot(new ParentDialog()).Talk()
            .UserSays("hi")
            .BotSays("What is your name?")
            .UserSays("Sam")
            .BotSays("Nice to meet you, Sam.")
            .UserSays("hi again")
            .BotSays("What is your name?");
    }

    [Fact]
    public async Task Cancel_all_from_inside_a_nested_dialog_empties_every_stack()
    {
        var bot = new DialogTestBot(new ParentDialog());

        await bot.Talk()
            .UserSays("hi")
            .BotSays("What is your name?")
            .UserSays("cancel")
            .BotSays("Cancelled.")
            .UserSays("hello")
            .BotSays("What is your name?");
    }

    [Fact]
    public async Task An_interruption_answered_outside_the_dialog_then_resumes_it_with_the_question_again()
    {
        var bot = new DialogTestBot(new ParentDialog(), interrupt: async (dc, ct) =>
        {
            if (dc.Context.Activity.Text != "help")
            {
                return false;
            }

            await dc.Context.SendActivityAsync("I can learn your name.", cancellationToken: ct);
            await dc.RepromptDialogAsync(ct);
            return true;
        });

        await bot.Talk()
            .UserSays("hi")
            .BotSays("What is your name?")
            .UserSays("help")
            .BotSays("I can learn your name.")
            .BotSays("What is your name?")
            .UserSays("Sam")
            .BotSays("Nice to meet you, Sam.");
    }

    [Fact]
    public async Task Replacing_a_dialog_starts_the_new_one_without_resuming_the_old()
    {
        var loop = new WaterfallDialog("loop", [
            (step, ct) => step.PromptAsync("number", new PromptOptions { Prompt = MessageFactory.Text("Pick a number, or 0 to stop.") }, ct),
            async (step, ct) =>
            {
                if ((int)step.Result! == 0)
                {
                    await step.Context.SendActivityAsync("Done.", cancellationToken: ct);
                    return await step.EndDialogAsync(null, ct);
                }

                await step.Context.SendActivityAsync($"Got {step.Result}.", cancellationToken: ct);
                return await step.ReplaceDialogAsync("loop", null, ct);
            },
        ]);
        var root = new ComponentDialog("root");
        root.AddDialog(loop).AddDialog(new NumberPrompt<int>("number"));

        await new DialogTestBot(root).Talk()
            .UserSays("start")
            .BotSays("Pick a number, or 0 to stop.")
            .UserSays("7")
            .BotSays("Got 7.")
            .BotSays("Pick a number, or 0 to stop.")
            .UserSays("zero")
            .BotSays("Done.");
    }

    [Fact]
    public async Task RunAsync_begins_the_dialog_when_none_is_active_and_continues_it_after()
    {
        var storage = new FeminaBot.Conversations.Storage.MemoryStorage();
        var state = new FeminaBot.Conversations.State.ConversationState(storage);
        var dialogs = new DialogSet(state.CreateProperty<DialogState>("dialogState"));
        var root = new ParentDialog();
        dialogs.Add(root);
        var adapter = new FeminaBot.Conversations.Testing.TestAdapter();
        adapter.Use(new FeminaBot.Conversations.State.AutoSaveStateMiddleware(state));

        await new FeminaBot.Conversations.Testing.ConversationTest(adapter, (context, ct) => root.RunAsync(context, dialogs, ct))
            .UserSays("hi")
            .BotSays("What is your name?")
            .UserSays("Sam")
            .BotSays("Nice to meet you, Sam.");
    }

    [Fact]
    public async Task A_dialog_stack_is_kept_as_plain_JSON_in_the_store()
    {
        var bot = new DialogTestBot(new ParentDialog());
        await bot.Talk().UserSays("hi").BotSays("What is your name?");

        var storage = (FeminaBot.Conversations.Storage.MemoryStorage)bot.Storage;
        Assert.Equal(1, storage.Count);
    }

    private sealed class ParentDialog : ComponentDialog
    {
        public ParentDialog() : base(nameof(ParentDialog))
        {
            AddDialog(new WaterfallDialog("greet", [
                (step, ct) => step.BeginDialogAsync(nameof(NameDialog), null, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"Nice to meet you, {step.Result}.", cancellationToken: ct);
                    return await step.EndDialogAsync(step.Result, ct);
                },
            ]));
            AddDialog(new NameDialog());
        }
    }

    /// <summary>A component inside a component, which cancels everything when told to.</summary>
    private sealed class NameDialog : ComponentDialog
    {
        public NameDialog() : base(nameof(NameDialog))
        {
            AddDialog(new WaterfallDialog("ask", [
                (step, ct) => step.PromptAsync("name", new PromptOptions { Prompt = MessageFactory.Text("What is your name?") }, ct),
                (step, ct) => step.EndDialogAsync(step.Result, ct),
            ]));
            AddDialog(new TextPrompt("name"));
        }

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
        {
            if (innerDc.Context.Activity.Text == "cancel")
            {
                await innerDc.Context.SendActivityAsync("Cancelled.", cancellationToken: cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancelParents: true, cancellationToken);
            }

            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }
    }
}
