using System.Globalization;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.ConsoleChannel;

/// <summary>
/// A text-only channel in the terminal: each line typed is a message, each reply is printed, and
/// choices appear as numbered text because the console has no buttons.
/// </summary>
internal sealed class ConsoleAdapter(TextReader input, TextWriter output, TimeProvider clock) : BotAdapter
{
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

    /// <summary>Greets, then reads lines until the input ends or the person types "exit" on its own.</summary>
    public async Task RunAsync(BotCallbackHandler bot, CancellationToken cancellationToken)
    {
        await RunPipelineAsync(Stamp(ActivityTypes.ConversationUpdate) with { MembersAdded = [_conversation.User!, _conversation.Bot!] }, bot, cancellationToken);
        while (!cancellationToken.IsCancellationRequested)
        {
            await output.WriteAsync("> ");
            await output.FlushAsync(cancellationToken);
            var line = await input.ReadLineAsync(cancellationToken);
            if (line is null || line.Trim().Equals("exit", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            if (line.Trim().Length > 0)
            {
                await RunPipelineAsync(Stamp(ActivityTypes.Message) with { Text = line }, bot, cancellationToken);
            }
        }
    }

    /// <inheritdoc/>
    protected override async Task<ResourceResponse[]> DeliverActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>();
        foreach (var activity in activities.Where(a => a.Type == ActivityTypes.Message))
        {
            await output.WriteLineAsync($"FeminaBot: {activity.Text}");
            await output.WriteLineAsync();
            responses.Add(new ResourceResponse(NextId()));
        }

        return [.. responses];
    }

    private Activity Stamp(string type) => _conversation.CreateIncomingActivity(type, NextId(), clock.GetUtcNow(), clock.LocalTimeZone);

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
}
