using FeminaBot.Connector;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage;
using Microsoft.Extensions.Options;

namespace FeminaBot.Twilio;

/// <summary>
/// The SMS channel: a webhook's text runs through the same pipeline as every other channel; the
/// replies go back as TwiML in the webhook's answer, or through the Messages API for REST mode and
/// for messages sent outside a turn. Nothing is ever sent to a number that texted STOP.
/// </summary>
internal sealed class TwilioAdapter : BotAdapter
{
    private readonly BotCallbackHandler _bot;
    private readonly TwilioMessagesClient _client;
    private readonly SmsOptOuts _optOuts;
    private readonly IOptions<TwilioOptions> _options;
    private readonly SmsNumberKeys _keys;

    public TwilioAdapter(TriagePipeline pipeline, TwilioMessagesClient client, SmsOptOuts optOuts, SmsNumberKeys keys, IOptions<TwilioOptions> options, ILogger<TwilioAdapter> logger) : base(logger)
    {
        pipeline.Configure(this);
        _bot = pipeline.Bot.OnTurnAsync;
        _client = client;
        _optOuts = optOuts;
        _keys = keys;
        _options = options;
    }

    /// <summary>
    /// A message outside a turn, to the reference's user: the reference names the phone numbers
    /// themselves (the state holds none to make one from), and the turn runs under their keyed
    /// hashes, as a webhook's turn does.
    /// </summary>
    public override Task<TurnResult> ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var to = reference.User?.Id ?? throw new ArgumentException("The reference names no phone number to text.", nameof(reference));
        var continuation = SmsActivity.Addressed(reference.CreateContinuationActivity(), to, reference.Bot?.Id ?? _options.Value.PhoneNumber, _keys);
        return RunPipelineAsync(continuation, callback, cancellationToken);
    }

    /// <summary>Runs the turn; returns the texts for the webhook's TwiML (none in REST mode, or when <paramref name="silent"/>).</summary>
    public async Task<IReadOnlyList<string>> ProcessAsync(Activity activity, bool silent, CancellationToken cancellationToken)
    {
        // Replies come back in the result, as for expectReplies, unless they go out by REST.
        var inline = silent || _options.Value.ReplyMode == TwilioReplyMode.TwiML;
        var result = await RunPipelineAsync(activity with { DeliveryMode = inline ? DeliveryModes.ExpectReplies : null, CallerId = CallerIds.Sms }, _bot, cancellationToken);
        return silent || result.ExpectedReplies is null
            ? []
            : SmsRendering.Texts(result.ExpectedReplies.Activities, _options.Value).ToList();
    }

    protected override async Task<ResourceResponse[]> DeliverActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var (to, from) = SmsActivity.NumbersOf(turnContext.Activity);
        if (await _optOuts.IsOptedOutAsync(to, cancellationToken))
        {
            return [];
        }

        var responses = new List<ResourceResponse>();
        foreach (var text in SmsRendering.Texts(activities, _options.Value))
        {
            var sid = await _client.SendAsync(to, from, text, cancellationToken);
            if (sid is null)
            {
                break;
            }

            responses.Add(new ResourceResponse(sid));
        }

        return [.. responses];
    }
}
