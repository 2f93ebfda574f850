using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.Testing;

/// <summary>
/// A conversation written as a transcript and checked line by line:
/// <c>await new ConversationTest(adapter, bot).UserSays("hi").BotSays("Hello!")</c>.
/// It is strict: a reply the test does not expect fails it, so an extra or duplicated message
/// cannot go unnoticed.
/// </summary>
public sealed class ConversationTest
{
    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _callback;
    private readonly List<Func<Task>> _steps = [];
    private readonly StringBuilder _transcript = new();

    /// <summary>A conversation with a bot.</summary>
    public ConversationTest(TestAdapter adapter, IBot bot)
        : this(adapter, (bot ?? throw new ArgumentNullException(nameof(bot))).OnTurnAsync)
    {
    }

    /// <summary>A conversation with bot logic given as a callback.</summary>
    public ConversationTest(TestAdapter adapter, BotCallbackHandler callback)
    {
        _adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        _callback = callback ?? throw new ArgumentNullException(nameof(callback));
    }

    /// <summary>The channel the conversation is on, for expectations that differ by channel.</summary>
    public string? ChannelId => _adapter.Conversation.ChannelId;

    /// <summary>The user joins: a conversationUpdate adding the user and the bot, as channels send on start.</summary>
    public ConversationTest UserJoins() => Send(
        () => _adapter.MakeActivity(ActivityTypes.ConversationUpdate) with
        {
            MembersAdded = [_adapter.Conversation.User!, _adapter.Conversation.Bot!],
        },
        "(joins)");

    /// <summary>The user sends a message.</summary>
    public ConversationTest UserSays(string text) => Send(() => _adapter.MakeMessage(text), $"\"{text}\"");

    /// <summary>The user sends any activity; it is addressed and stamped like the others.</summary>
    public ConversationTest UserSends(Activity activity, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Send(() => Addressed(activity), description ?? $"[{activity.Type}]");
    }

    /// <summary>The bot's next reply has exactly this text.</summary>
    public ConversationTest BotSays(string expected) =>
        Expect($"\"{expected}\"", reply => ActivityText.Of(reply) == expected);

    /// <summary>The bot's next reply contains every fragment, ignoring case.</summary>
    public ConversationTest BotSaysContaining(params string[] fragments) =>
        Expect(
            $"a message containing {string.Join(", ", fragments.Select(f => $"\"{f}\""))}",
            reply => ActivityText.Of(reply) is { } text && fragments.All(f => text.Contains(f, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The bot's next reply asks this question with these choices as buttons.</summary>
    public ConversationTest BotAsks(string question, params string[] choices) =>
        Expect(
            $"\"{question}\" [{string.Join(" | ", choices)}]",
            reply => ActivityText.Of(reply) == question
                && ActivityText.ChoicesOf(reply).SequenceEqual(choices)
                && reply.InputHint == InputHints.ExpectingInput);

    /// <summary>The bot's next reply passes a check.</summary>
    public ConversationTest BotSends(string description, Func<Activity, bool> check) => Expect(description, check);

    /// <summary>The bot has said everything the test expected and nothing more.</summary>
    public ConversationTest BotSaysNothingMore()
    {
        _steps.Add(() =>
        {
            FailOnUnexpectedReplies();
            return Task.CompletedTask;
        });
        return this;
    }

    /// <summary>Runs any code between lines, such as moving a fake clock.</summary>
    public ConversationTest Then(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _steps.Add(action);
        return this;
    }

    /// <summary>Plays the conversation; throws <see cref="ConversationAssertionException"/> at the first line that differs.</summary>
    public async Task RunAsync()
    {
        foreach (var step in _steps)
        {
            await step();
        }

        FailOnUnexpectedReplies();
    }

    /// <summary>Lets a test <c>await</c> the conversation directly.</summary>
    public TaskAwaiter GetAwaiter() => RunAsync().GetAwaiter();

    private ConversationTest Send(Func<Activity> make, string description)
    {
        _steps.Add(async () =>
        {
            FailOnUnexpectedReplies();
            _transcript.Append("user: ").AppendLine(description);
            await _adapter.ProcessActivityAsync(make(), _callback);
        });
        return this;
    }

    private ConversationTest Expect(string expected, Func<Activity, bool> check)
    {
        _steps.Add(() =>
        {
            var reply = _adapter.TakeReply();
            if (reply is null)
            {
                Fail($"expected the bot to say {expected}, but it said nothing more");
            }

            _transcript.Append("bot:  ").AppendLine(ActivityText.Describe(reply));
            if (!check(reply))
            {
                Fail($"expected the bot to say {expected}, but it said {ActivityText.Describe(reply)}");
            }

            return Task.CompletedTask;
        });
        return this;
    }

    private void FailOnUnexpectedReplies()
    {
        if (_adapter.PendingReplies == 0)
        {
            return;
        }

        var extra = new List<string>();
        while (_adapter.TakeReply() is { } reply)
        {
            extra.Add(ActivityText.Describe(reply));
            _transcript.Append("bot:  ").AppendLine(ActivityText.Describe(reply));
        }

        Fail($"the bot also said {string.Join(", then ", extra)}");
    }

    private Activity Addressed(Activity activity)
    {
        var template = _adapter.MakeActivity(activity.Type ?? ActivityTypes.Message);
        return activity with
        {
            Id = activity.Id ?? template.Id,
            Timestamp = activity.Timestamp ?? template.Timestamp,
            LocalTimestamp = activity.LocalTimestamp ?? template.LocalTimestamp,
            ChannelId = activity.ChannelId ?? template.ChannelId,
            ServiceUrl = activity.ServiceUrl ?? template.ServiceUrl,
            Conversation = activity.Conversation ?? template.Conversation,
            From = activity.From ?? template.From,
            Recipient = activity.Recipient ?? template.Recipient,
            Locale = activity.Locale ?? template.Locale,
        };
    }

    [DoesNotReturn]
    private void Fail(string problem) =>
        throw new ConversationAssertionException($"{problem}.{Environment.NewLine}Transcript:{Environment.NewLine}{_transcript}");
}
