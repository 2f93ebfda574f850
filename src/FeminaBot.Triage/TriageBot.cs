using FeminaBot.Conversations.Dialogs;
using FeminaBot.Conversations.Dialogs.Choices;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.State;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Dialogs;
using FeminaBot.Triage.Findings;
using FeminaBot.Triage.Offices;
using FeminaBot.Triage.Recognition;

namespace FeminaBot.Triage;

/// <summary>
/// FeminaBot. Every message passes one routing step, in this order: emergency signs (call 911,
/// whatever else is going on); commands (delete my data, start over, cancel, help); office
/// questions (answered, then the conversation resumes where it was); the active dialog; and
/// otherwise a new triage, the menu, or a kind word about what the bot can do.
/// </summary>
public sealed class TriageBot : ActivityHandler
{
    private readonly TriageServices _services;
    private readonly DialogSet _dialogs;
    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly OfficeQuestionRecognizer _officeQuestions;
    private readonly OfficeAnswerer _officeAnswers;
    private readonly TimeProvider _clock;

    /// <summary>Creates the bot over the content in dialogs/ and the state it keeps.</summary>
    public TriageBot(TriageContent content, ConversationState conversationState, UserState userState, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        _conversationState = conversationState ?? throw new ArgumentNullException(nameof(conversationState));
        _userState = userState ?? throw new ArgumentNullException(nameof(userState));
        _services = new TriageServices(content, conversationState);
        _dialogs = new DialogSet(conversationState.CreateProperty<DialogState>("dialogs"))
            .Add(new TriageDialog(_services))
            .Add(new CoachingDialog(_services));
        _officeQuestions = new OfficeQuestionRecognizer(content.Offices);
        _officeAnswers = new OfficeAnswerer(content.Offices, content.Messages);
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>The kind message for a turn that failed; the host's error handler sends it.</summary>
    public string ErrorMessage => _services.Messages[MessageKeys.Error];

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

    /// <inheritdoc/>
    protected override async Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var state = await _services.State.GetAsync(turnContext, () => new TriageState(), cancellationToken);
        if (await WelcomeIfNewAsync(turnContext, state, cancellationToken))
        {
            await SendMenuAsync(turnContext, cancellationToken);
        }
    }

    /// <inheritdoc/>
    protected override Task OnDeleteUserDataActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        DeleteDataAsync(turnContext, cancellationToken);

    /// <inheritdoc/>
    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity.RemoveRecipientMention();
        var text = activity.Text?.Trim() ?? string.Empty;
        var state = await _services.State.GetAsync(turnContext, () => new TriageState(), cancellationToken);
        var dc = await _dialogs.CreateContextAsync(turnContext, cancellationToken);

        // A stack saved by an older version may name a dialog this one no longer has: start afresh
        // rather than fail every turn of the conversation.
        if (dc.Stack.Any(instance => _dialogs.Find(instance.Id) is null))
        {
            dc.Stack.Clear();
        }

        if (text.Length == 0)
        {
            await Say(turnContext, MessageKeys.TextOnly, cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        // Safety first: an emergency sign ends everything else, at any point.
        var reading = _services.ReadSymptoms(turnContext, text);
        if (reading.EmergencySigns.Count > 0)
        {
            _services.Answers.Apply(state.Findings, reading, text, null);
            await dc.CancelAllDialogsAsync(cancellationToken: cancellationToken);
            state.Route = Route.Emergency;
            await _services.Announcer.AnnounceAsync(turnContext, Route.Emergency, state.Findings, cancellationToken);
            return;
        }

        var command = CommandRecognizer.Recognize(text);
        if (dc.ActiveDialog is null && command is Command.None or Command.BreastTrouble && MenuPick(text) is { } picked)
        {
            // "1" or the exact title of a menu choice, as texted back on SMS or the console.
            command = picked;
        }

        if (await HandleCommandAsync(dc, command, state, cancellationToken))
        {
            return;
        }

        var localNow = _services.Content.Offices.LocalTime(activity.Timestamp ?? _clock.GetUtcNow());
        if (_officeQuestions.Recognize(text, localNow, activity.Locale) is { } question)
        {
            await turnContext.SendActivityAsync(_officeAnswers.Answer(question, localNow), cancellationToken: cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        if (dc.ActiveDialog is not null)
        {
            await AfterDialogAsync(dc, await dc.ContinueDialogAsync(cancellationToken), cancellationToken);
            return;
        }

        await StartAsync(dc, state, text, command, reading, cancellationToken);
    }

    private async Task<bool> HandleCommandAsync(DialogContext dc, Command command, TriageState state, CancellationToken cancellationToken)
    {
        switch (command)
        {
            case Command.DeleteData:
                await DeleteDataAsync(dc.Context, cancellationToken);
                return true;
            case Command.StartOver:
                await dc.CancelAllDialogsAsync(cancellationToken: cancellationToken);
                await _services.State.SetAsync(dc.Context, new TriageState { Welcomed = state.Welcomed }, cancellationToken);
                await Say(dc.Context, MessageKeys.StartOver, cancellationToken);
                await AfterDialogAsync(dc, await dc.BeginDialogAsync(DialogIds.Triage, null, cancellationToken), cancellationToken);
                return true;
            case Command.Cancel when dc.ActiveDialog?.Id != DialogIds.Coaching:
                await dc.CancelAllDialogsAsync(cancellationToken: cancellationToken);
                await Say(dc.Context, MessageKeys.Cancelled, cancellationToken);
                return true;
            case Command.Offices:
                await dc.Context.SendActivityAsync(string.Join('\n', _officeAnswers.Overview(_services.Content.Offices.Offices)), cancellationToken: cancellationToken);
                await dc.RepromptDialogAsync(cancellationToken);
                return true;
            case Command.Help:
                await Say(dc.Context, MessageKeys.Help, cancellationToken);
                if (dc.ActiveDialog is null)
                {
                    await SendMenuAsync(dc.Context, cancellationToken);
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

    private async Task StartAsync(DialogContext dc, TriageState state, string text, Command command, SymptomReading reading, CancellationToken cancellationToken)
    {
        var welcomed = await WelcomeIfNewAsync(dc.Context, state, cancellationToken);
        var describesSymptoms = command is Command.CheckSymptoms or Command.BreastTrouble || reading.SaysAnything;

        // A route once decided is repeated when the person comes back.
        if (state.Route is { } route && !welcomed && command is not (Command.CheckSymptoms or Command.Massage) && !describesSymptoms)
        {
            await dc.Context.SendActivityAsync(_services.Announcer.Reminder(route), cancellationToken: cancellationToken);
        }

        if (command == Command.Massage && state.Route == Route.Tbml)
        {
            await dc.BeginDialogAsync(DialogIds.Coaching, null, cancellationToken);
            return;
        }

        if (describesSymptoms || command == Command.Massage)
        {
            // A new triage keeps the signs already reported, but asks the safety check again.
            state.Route = null;
            state.Findings.Emergency = null;
            var first = command is Command.CheckSymptoms or Command.Massage ? null : text;
            await AfterDialogAsync(dc, await dc.BeginDialogAsync(DialogIds.Triage, first, cancellationToken), cancellationToken);
            return;
        }

        // The welcome already says what the bot can do.
        if (command != Command.Greeting && !welcomed)
        {
            await Say(dc.Context, MessageKeys.Fallback, cancellationToken);
        }

        await SendMenuAsync(dc.Context, cancellationToken);
    }

    private static async Task AfterDialogAsync(DialogContext dc, DialogTurnResult result, CancellationToken cancellationToken)
    {
        if (result.Status == DialogTurnStatus.Complete && result.Result is Route.Tbml)
        {
            await dc.BeginDialogAsync(DialogIds.Coaching, null, cancellationToken);
        }
    }

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

    private Task SendMenuAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var incoming = turnContext.Activity;
        var menu = ChoiceFactory.ForChannel(incoming.ChannelId, MenuChoices(), _services.Messages[MessageKeys.Menu], conversationType: incoming.Conversation?.ConversationType);
        return turnContext.SendActivityAsync(menu, cancellationToken);
    }

    private List<Choice> MenuChoices() =>
    [
        new(_services.Messages[MessageKeys.MenuSymptoms]),
        new(_services.Messages[MessageKeys.MenuMassage]),
        new(_services.Messages[MessageKeys.MenuOffices]),
    ];

    private Command? MenuPick(string text) =>
        ChoiceRecognizer.Recognize(text, MenuChoices()) is { Score: >= 1.0, Index: var index }
            ? index switch { 0 => Command.CheckSymptoms, 1 => Command.Massage, _ => Command.Offices }
            : null;

    private async Task DeleteDataAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
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
