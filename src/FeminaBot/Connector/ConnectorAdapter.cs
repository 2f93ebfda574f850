using System.Net.Http.Json;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage;

namespace FeminaBot.Connector;

/// <summary>
/// The Bot Connector channel: activities posted to <c>/api/messages</c> run through the bot; replies
/// return in the HTTP response for <c>expectReplies</c>, otherwise go to the activity's
/// <c>serviceUrl</c> through the Connector REST API.
/// </summary>
internal sealed class ConnectorAdapter : BotAdapter
{
    /// <summary>The named HttpClient for outbound Connector calls.</summary>
    public const string HttpClientName = "connector";

    private readonly IHttpClientFactory _httpClients;
    private readonly BotCallbackHandler _bot;

    public ConnectorAdapter(TriagePipeline pipeline, IHttpClientFactory httpClients, ILogger<ConnectorAdapter> logger) : base(logger)
    {
        _httpClients = httpClients;
        pipeline.Configure(this);
        _bot = pipeline.Bot.OnTurnAsync;
    }

    /// <summary>Runs the turn for an activity that arrived at /api/messages.</summary>
    public Task<TurnResult> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);

        // Teams puts "<at>FeminaBot</at>" in the text of channel and group messages; the bot reads
        // what the person said.
        var incoming = activity.ChannelId == Channels.Msteams ? activity.RemoveRecipientMention() : activity;
        return RunPipelineAsync(incoming, _bot, cancellationToken);
    }

    protected override async Task<ResourceResponse[]> DeliverActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var client = _httpClients.CreateClient(HttpClientName);
        var responses = new List<ResourceResponse>(activities.Count);
        foreach (var activity in activities)
        {
            using var response = await client.PostAsJsonAsync(ConnectorUrls.ActivityUrl(activity), activity, ActivityJson.Activity, cancellationToken);
            response.EnsureSuccessStatusCode();
            var body = response.Content.Headers.ContentLength is > 0
                ? await response.Content.ReadFromJsonAsync(ActivityJson.ResourceResponse, cancellationToken)
                : null;
            responses.Add(body ?? new ResourceResponse());
        }

        return [.. responses];
    }
}
