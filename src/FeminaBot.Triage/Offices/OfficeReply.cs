using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Triage.Offices;

/// <summary>
/// An office answer held for the end of the turn's other replies, but sent before the first question
/// the turn asks: a question and its buttons must come last, or a channel like Web Chat hides them.
/// </summary>
internal sealed class OfficeReply
{
    private readonly ITurnContext _turnContext;
    private readonly string _answer;
    private bool _sent;

    public OfficeReply(ITurnContext turnContext, string answer)
    {
        _turnContext = turnContext;
        _answer = answer;
        turnContext.OnSendActivities(async (context, activities, next) =>
        {
            var question = activities.FindIndex(a => a.InputHint == InputHints.ExpectingInput);
            if (!_sent && question >= 0)
            {
                _sent = true;
                activities.Insert(question, MessageFactory.Text(_answer).AsReplyTo(context.Activity));
            }

            await next();
        });
    }

    public Task SendIfNotYetAsync(CancellationToken cancellationToken)
    {
        if (_sent)
        {
            return Task.CompletedTask;
        }

        _sent = true;
        return _turnContext.SendActivityAsync(_answer, cancellationToken: cancellationToken);
    }
}
