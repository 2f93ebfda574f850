using FeminaBot.Conversations.Turns;
using FeminaBot.Triage.Content;
using FeminaBot.Triage.Dialogs;
using FeminaBot.Triage.Findings;

namespace FeminaBot.Triage;

/// <summary>The speaker's side of the check-in a day later: asking it when the host says it is due, and cancelling it.</summary>
internal sealed partial class TriageSpeaker
{
    /// <summary>
    /// The check-in the person agreed to, now due: asked if it is still the one she agreed to (not
    /// cancelled, replaced or deleted since) and her route is still one a check-in follows; otherwise
    /// nothing is sent. The host runs this in the conversation, once.
    /// </summary>
    public async Task CheckInAsync(ITurnContext turnContext, string checkInId, CancellationToken cancellationToken)
    {
        var state = await _services.State.GetAsync(turnContext, () => new TriageState(), cancellationToken);
        if (state.CheckIn?.Id != checkInId)
        {
            return;
        }

        state.CheckIn = null;
        if (state.Route is not (Route.Tbml or Route.Clinic))
        {
            return;
        }

        // Whatever was under way (even another offer) gives way to the question.
        var dc = await OpenDialogsAsync(turnContext, cancellationToken, keepOffer: true);
        await dc.CancelAllDialogsAsync(cancellationToken: cancellationToken);
        await dc.BeginDialogAsync(DialogIds.CheckIn, null, cancellationToken);
    }

    // Returns whether there was one to cancel.
    private async Task<bool> CancelCheckInAsync(ITurnContext turnContext, TriageState state, CancellationToken cancellationToken)
    {
        if (state.CheckIn is null)
        {
            return false;
        }

        await _services.FollowUps.CancelAsync(turnContext, cancellationToken);
        state.CheckIn = null;
        return true;
    }
}
