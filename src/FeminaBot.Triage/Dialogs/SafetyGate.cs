using FeminaBot.Conversations.Dialogs;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Findings;
using FeminaBot.Triage.Understanding;

namespace FeminaBot.Triage.Dialogs;

/// <summary>
/// The safety gate, run on every message in every state before anything else looks at it, and the one
/// place a route is concluded (docs/clinical-rules.md, "The route never goes down"): an emergency sign ends
/// everything; a sign that raises the route ends coaching or any question and announces the new route;
/// a route never goes down within a conversation, except by "start over".
/// </summary>
public sealed class SafetyGate(TriageServices services)
{
    /// <summary>
    /// Applies what the message states of her signs and concludes any route it raises. Returns true when
    /// the route was raised, so the turn has said what it must.
    /// </summary>
    public async Task<bool> PassAsync(DialogContext dc, TriageState state, MessageReading reading, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(reading);
        state.Side ??= reading.Side;
        var notes = services.Answers.ApplyStatements(state.Findings, reading);
        foreach (var note in notes)
        {
            await dc.Context.SendActivityAsync(note, cancellationToken: cancellationToken);
        }

        // Another emergency after 911 was given is answered with 911 again.
        if (reading.EmergencySigns.Count > 0 && state.Route == Route.Emergency)
        {
            await dc.CancelAllDialogsAsync(cancellationToken: cancellationToken);
            await services.Announcer.AnnounceAsync(dc.Context, Route.Emergency, state.Findings, cancellationToken);
            return true;
        }

        return await RaiseAsync(dc, state, cancellationToken);
    }

    /// <summary>Concludes the route the findings now decide, if it is higher than the one given before.</summary>
    public async Task<bool> RaiseAsync(DialogContext dc, TriageState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(state);
        if (services.Router.Decide(state.Findings) is not { } route || state.Route is { } given && given <= route)
        {
            return false;
        }

        // A question inside the triage may conclude it: the route ends every dialog, from the bot's own stack down.
        var root = dc;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        state.Route = route;
        await root.CancelAllDialogsAsync(cancellationToken: cancellationToken);
        await services.Announcer.AnnounceAsync(root.Context, route, state.Findings, cancellationToken);
        if (route == Route.Tbml)
        {
            await root.BeginDialogAsync(DialogIds.Coaching, null, cancellationToken);
        }
        else if (route == Route.Clinic && CheckInOfferDialog.CanOffer(services, root.Context))
        {
            await root.BeginDialogAsync(DialogIds.CheckInOffer, null, cancellationToken);
        }

        return true;
    }
}
