using FeminaBot.Conversations.Dialogs;
using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Conversations.Dialogs.Prompts;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.State;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Dialogs;
using FeminaBot.Triage.Findings;
using FeminaBot.Triage.Offices;
using FeminaBot.Triage.Recognition;
using FeminaBot.Triage.Understanding;

namespace FeminaBot.Triage;

/// <summary>
/// FeminaBot in one language (<see cref="TriageBot"/> picks it for each turn). Every message is read once (<see cref="MessageReading"/>) and passes one routing step,
/// in this order: emergency signs (call 911, whatever else is going on); commands (delete my data,
/// start over, cancel, help); the safety gate, which applies every sign stated and raises the route
/// (ending coaching or any question); the baby's illness and office questions (answered, then the
/// conversation resumes where it was); the active dialog; and otherwise a new triage, a reminder of
/// the route given, the menu, or a kind word about what the bot can do.
/// </summary>
internal sealed partial class TriageSpeaker : ActivityHandler
{
    private readonly TriageServices _services;
    private readonly DialogSet _dialogs;
    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly OfficeAnswerer _officeAnswers;

    // One speaker per language, over the same state: a conversation may change language and go on where it was.
    public TriageSpeaker(TriageServices services, IStatePropertyAccessor<DialogState> dialogState, ConversationState conversationState, UserState userState)
    {
        _services = services;
        _conversationState = conversationState;
        _userState = userState;
        var content = services.Content;
        _dialogs = new DialogSet(dialogState)
            .Add(new TriageDialog(_services))
            .Add(new CoachingDialog(_services))
            .Add(new CheckInOfferDialog(_services))
            .Add(new CheckInDialog(_services))
            .Add(new ContentPrompt(DialogIds.Menu, _services, (_, _) => Task.FromResult(new PromptOptions { Prompt = MessageFactory.Text(_services.Messages[MessageKeys.Menu]), Choices = MenuChoices() }), saysSorry: false));
        _officeAnswers = new OfficeAnswerer(content.Offices, content.Messages, content.Calendar);
    }

    public TriageServices Services => _services;

    /// <summary>The person asked for this language, or changed it on the chat page: say so, then go on where the conversation was, in this language.</summary>
    public async Task SwitchedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var state = await _services.State.GetAsync(turnContext, () => new TriageState(), cancellationToken);
        var dc = await OpenDialogsAsync(turnContext, cancellationToken, keepOffer: true);
        await Say(turnContext, MessageKeys.LanguageSwitched, cancellationToken);
        if (await WelcomeIfNewAsync(turnContext, state, cancellationToken) || dc.ActiveDialog is null)
        {
            await SendMenuAsync(dc, cancellationToken);
        }
        else
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }
    }

    // The conversation's dialogs, ready for a message: a stack saved by an older version may name a
    // dialog this one no longer has, so it starts afresh rather than fail every turn; and the menu waits
    // only for a pick, so any message closes it (a pick is read as its command). So does the offer of a
    // check-in, unless the message answers it, or only changes the language it is asked in.
    private async Task<DialogContext> OpenDialogsAsync(ITurnContext turnContext, CancellationToken cancellationToken, bool keepOffer = false)
    {
        var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken);
        if (dc.Stack.Any(instance => _dialogs.Find(instance.Id) is null))
        {
            dc.Stack.Clear();
        }

        if (dc.ActiveDialog?.Id == DialogIds.Menu
            || dc.ActiveDialog?.Id == DialogIds.CheckInOffer && !keepOffer && !CheckInOfferDialog.IsAnswer(_services, turnContext))
        {
            await dc.CancelAllDialogsAsync(cancellationToken: cancellationToken);
        }

        return dc;
    }

    /// <summary>
    /// Greets once when someone joins, including when the bot itself is added: Teams installs a bot
    /// into a personal chat with a conversationUpdate that adds only the bot.
    /// </summary>
    protected override Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var added = turnContext.Activity.MembersAdded ?? [];
        return added.Count > 0 ? OnMembersAddedAsync(added, turnContext, cancellationToken) : Task.CompletedTask;
    }

    protected override async Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var state = await _services.State.GetAsync(turnContext, () => new TriageState(), cancellationToken);
        if (await WelcomeIfNewAsync(turnContext, state, cancellationToken))
        {
            await SendMenuAsync(await _dialogs.CreateContextAsync(turnContext, cancellationToken), cancellationToken);
        }
    }

    protected override Task OnDeleteUserDataActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        DeleteDataAsync(turnContext, cancellationToken);

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var reading = _services.Reading(turnContext);
        var state = await _services.State.GetAsync(turnContext, () => new TriageState(), cancellationToken);
        var dc = await OpenDialogsAsync(turnContext, cancellationToken);

        if (reading.TooLong)
        {
            await Say(turnContext, MessageKeys.TooLong, cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        if (reading.Text.Length == 0)
        {
            await Say(turnContext, MessageKeys.TextOnly, cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        // Safety first: an emergency sign ends everything else, at any point.
        if (reading.EmergencySigns.Count > 0)
        {
            await _services.Gate.PassAsync(dc, state, reading, cancellationToken);
            return;
        }

        var command = reading.Command;
        if (dc.ActiveDialog is null && command is Command.None && !reading.SaysAnything && !reading.BabyIll && reading.Typed.Count <= MenuPickWords && MenuPick(reading.Text) is { } picked)
        {
            // "1" or the exact title of a menu choice, as texted back on SMS or the console; not the
            // "3" of "my 3 week old is congested".
            command = picked;
        }

        if (await HandleCommandAsync(dc, command, state, cancellationToken))
        {
            return;
        }

        // Symptoms and an office question in one message get both: the triage's say first, the office
        // answer before any question the triage then asks, so the question and its buttons come last.
        var office = OfficeAnswer(turnContext, reading, state);
        if (await _services.Gate.PassAsync(dc, state, reading, cancellationToken))
        {
            await FinishAsync(office, cancellationToken);
            return;
        }

        if (reading.BabyIll && !reading.StatesASign && !reading.SpeaksOfHerBreasts)
        {
            await Say(turnContext, MessageKeys.BabyDoctor, cancellationToken);
            await FinishAsync(office, cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        if (office is not null && !reading.StatesASign && command is not (Command.BreastTrouble or Command.CheckSymptoms))
        {
            await FinishAsync(office, cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        if (reading.BabyIll)
        {
            await Say(turnContext, MessageKeys.BabyDoctor, cancellationToken);
        }

        if (dc.ActiveDialog is not null)
        {
            // The coaching ends with an offer of a check-in where one can be sent.
            if (await dc.ContinueDialogAsync(cancellationToken) is { Status: DialogTurnStatus.Complete, Result: CheckInOfferDialog.Offer })
            {
                await dc.BeginDialogAsync(DialogIds.CheckInOffer, null, cancellationToken);
            }
        }
        else
        {
            await StartAsync(dc, state, command, reading, cancellationToken);
        }

        await FinishAsync(office, cancellationToken);
    }

    private async Task<bool> HandleCommandAsync(DialogContext dc, Command command, TriageState state, CancellationToken cancellationToken)
    {
        switch (command)
        {
            case Command.DeleteData:
                await DeleteDataAsync(dc.Context, cancellationToken);
                return true;
            case Command.StartOver:
                await CancelCheckInAsync(dc.Context, state, cancellationToken);
                await dc.CancelAllDialogsAsync(cancellationToken: cancellationToken);
                await _services.State.SetAsync(dc.Context, new TriageState { Welcomed = state.Welcomed }, cancellationToken);
                await Say(dc.Context, MessageKeys.StartOver, cancellationToken);
                await dc.BeginDialogAsync(DialogIds.Triage, null, cancellationToken);
                return true;
            case Command.Cancel when dc.ActiveDialog?.Id != DialogIds.Coaching:
                await dc.CancelAllDialogsAsync(cancellationToken: cancellationToken);
                await Say(dc.Context, await CancelCheckInAsync(dc.Context, state, cancellationToken) ? MessageKeys.CheckInCancelled : MessageKeys.Cancelled, cancellationToken);
                return true;
            case Command.Offices:
                await dc.Context.SendActivityAsync(string.Join('\n', _officeAnswers.Overview(_services.Content.Offices.Offices)), cancellationToken: cancellationToken);
                await dc.RepromptDialogAsync(cancellationToken);
                return true;
            case Command.Help:
                await Say(dc.Context, MessageKeys.Help, cancellationToken);
                if (dc.ActiveDialog is null)
                {
                    await SendMenuAsync(dc, cancellationToken);
                }
                else
                {
                    await dc.RepromptDialogAsync(cancellationToken);
                }

                return true;
            default:
                return false;
        }
    }

    private async Task StartAsync(DialogContext dc, TriageState state, Command command, MessageReading reading, CancellationToken cancellationToken)
    {
        var welcomed = await WelcomeIfNewAsync(dc.Context, state, cancellationToken);

        // A route once decided is kept, never lowered, and repeated when the person comes back.
        if (state.Route is { } route)
        {
            if (command == Command.Massage && route == Route.Tbml)
            {
                await dc.BeginDialogAsync(DialogIds.Coaching, true, cancellationToken);
            }
            else if (!welcomed)
            {
                await dc.Context.SendActivityAsync(_services.Announcer.Reminder(route), cancellationToken: cancellationToken);
                await SendMenuAsync(dc, cancellationToken);
            }

            return;
        }

        if (reading.OnlyAsks)
        {
            // A question about signs in general: the bot does not answer those, but offers to check hers.
            await Say(dc.Context, MessageKeys.GeneralQuestion, cancellationToken);
            await SendMenuAsync(dc, cancellationToken);
            return;
        }

        if (command is Command.CheckSymptoms or Command.BreastTrouble or Command.Massage || reading.SaysAnything)
        {
            await dc.BeginDialogAsync(DialogIds.Triage, null, cancellationToken);
            return;
        }

        // The welcome already says what the bot can do.
        if (command != Command.Greeting && !welcomed)
        {
            await Say(dc.Context, MessageKeys.Fallback, cancellationToken);
        }

        await SendMenuAsync(dc, cancellationToken);
    }

    // The office question, as meant after the one before it ("and Pasadena?"), answered and remembered.
    private OfficeReply? OfficeAnswer(ITurnContext turnContext, MessageReading reading, TriageState state)
    {
        var localNow = _services.LocalNow(turnContext);
        if (reading.OfficeQuestion is not { } asked || OfficeAsked.Resolve(asked, state.LastOffice, _services.Content.Offices, localNow) is not { } question)
        {
            return null;
        }

        state.LastOffice = OfficeAsked.Of(question, localNow);
        return new OfficeReply(turnContext, _officeAnswers.Answer(question, localNow));
    }

    private static Task FinishAsync(OfficeReply? office, CancellationToken cancellationToken) =>
        office?.SendIfNotYetAsync(cancellationToken) ?? Task.CompletedTask;

    private async Task<bool> WelcomeIfNewAsync(ITurnContext turnContext, TriageState state, CancellationToken cancellationToken)
    {
        if (state.Welcomed)
        {
            return false;
        }

        state.Welcomed = true;
        await Say(turnContext, MessageKeys.Welcome, cancellationToken);
        return true;
    }

    private static Task SendMenuAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.PromptAsync(DialogIds.Menu, new PromptOptions(), cancellationToken);

    private IReadOnlyList<Choice> MenuChoices() => _services.Content.Choices.Menu;

    // The longest pick of the menu by its words: "Offices and hours", "the third one please".
    private const int MenuPickWords = 4;

    private Command? MenuPick(string text) =>
        ChoiceRecognizer.Recognize(text, MenuChoices()) is { Score: >= 1.0, Index: var index }
            ? index switch { 0 => Command.CheckSymptoms, 1 => Command.Massage, _ => Command.Offices }
            : null;

    private async Task DeleteDataAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // A check-in kept by the host goes too, whether or not the state still names it.
        await _services.FollowUps.CancelAsync(turnContext, cancellationToken);
        await _conversationState.DeleteAsync(turnContext, cancellationToken);
        await _userState.DeleteAsync(turnContext, cancellationToken);
        if (turnContext.Activity.Type == ActivityTypes.Message)
        {
            await Say(turnContext, MessageKeys.Deleted, cancellationToken);
        }
    }

    private Task Say(ITurnContext turnContext, string key, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(_services.Messages[key], cancellationToken: cancellationToken);
}
