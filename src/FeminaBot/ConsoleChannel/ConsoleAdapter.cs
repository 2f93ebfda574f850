using System.Globalization;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage;

namespace FeminaBot.ConsoleChannel;

/// <summary>
/// A text-only channel in the terminal: each line typed is a message, each reply is printed, and
/// choices appear as numbered text because the console has no buttons.
/// </summary>
internal sealed class ConsoleAdapter : BotAdapter
{
    private readonly TextReader _input;
    private readonly TextWriter _output;
    private readonly TimeProvider _clock;
    private readonly BotCallbackHandler _bot;
    private readonly ConversationReference _conversation = new()
    {
        ChannelId = Channels.Console,
        ServiceUrl = "console:",
        Conversation = new ConversationAccount($"console-{Guid.NewGuid():N}"),
        User = new ChannelAccount("console-user", "You") { Role = RoleTypes.User },
        Bot = new ChannelAccount("feminabot", "FeminaBot") { Role = RoleTypes.Bot },
        Locale = CultureInfo.CurrentCulture.Name is { Length: > 0 } name ? name : "en-US",
    };

    private int _nextId;

    public ConsoleAdapter(TriagePipeline pipeline, TextReader input, TextWriter output, TimeProvider clock)
    {
        _input = input;
        _output = output;
        _clock = clock;
        pipeline.Configure(this);
        _bot = pipeline.Bot.OnTurnAsync;
    }

    /// <summary>Greets, then reads lines until the input ends or the person types "exit" on its own.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await ProcessAsync(Stamp(ActivityTypes.ConversationUpdate) with { MembersAdded = [_conversation.User!, _conversation.Bot!] }, cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            await _output.WriteAsync("> ");
            await _output.FlushAsync(cancellationToken);
            var line = await _input.ReadLineAsync(cancellationToken);
            if (line is null || line.Trim().Equals("exit", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            if (line.Trim().Length > 0)
            {
                await ProcessAsync(Message(line), cancellationToken);
            }
        }
    }

    /// <summary>A line typed, as the message activity the bot receives.</summary>
    public Activity Message(string text) => Stamp(ActivityTypes.Message) with { Text = text };

    /// <summary>Runs the turn for an activity of this conversation; its replies are printed.</summary>
    public Task<TurnResult> ProcessAsync(Activity activity, CancellationToken cancellationToken) =>
        RunPipelineAsync(activity, _bot, cancellationToken);

    protected override async Task<ResourceResponse[]> DeliverActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>();
        foreach (var activity in activities.Where(a => a.Type == ActivityTypes.Message))
        {
            await _output.WriteLineAsync($"FeminaBot: {activity.Text}");
            await _output.WriteLineAsync();
            responses.Add(new ResourceResponse(NextId()));
        }

        return [.. responses];
    }

    private Activity Stamp(string type) => _conversation.CreateIncomingActivity(type, NextId(), _clock.GetUtcNow(), _clock.LocalTimeZone);

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
}
