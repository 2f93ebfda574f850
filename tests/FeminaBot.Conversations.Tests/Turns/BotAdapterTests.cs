using System.Text.Json;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.State;
using FeminaBot.Conversations.Storage;
using FeminaBot.Conversations.Testing;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.Tests.Turns;

public class BotAdapterTests
{
    [Fact]
    public async Task Middleware_runs_in_order_around_the_bot()
    {
        var adapter = new TestAdapter();
        var calls = new List<string>();
        adapter.Use(new Recording("first", calls)).Use(new Recording("second", calls));

        await adapter.ProcessActivityAsync(adapter.MakeMessage("hi"), (_, _) =>
        {
            calls.Add("bot");
            return Task.CompletedTask;
        });

        Assert.Equal(["first in", "second in", "bot", "second out", "first out"], calls);
    }

    [Fact]
    public async Task Middleware_that_does_not_call_next_ends_the_turn()
    {
        var adapter = new TestAdapter();
        adapter.Use(new Stop());
        var botRan = false;

        await adapter.ProcessActivityAsync(adapter.MakeMessage("hi"), (_, _) =>
        {
            botRan = true;
            return Task.CompletedTask;
        });

        Assert.False(botRan);
    }

    [Fact]
    public async Task Expect_replies_returns_the_replies_in_the_result_and_delivers_nothing()
    {
        var adapter = new TestAdapter(Channels.Emulator);
        var request = adapter.MakeMessage("hi") with { DeliveryMode = DeliveryModes.ExpectReplies };

        var result = await adapter.ProcessActivityAsync(request, async (context, ct) =>
        {
            await context.SendActivityAsync("one", cancellationToken: ct);
            await context.SendActivityAsync("two", cancellationToken: ct);
        });

        Assert.Equal(["one", "two"], result.ExpectedReplies!.Activities.Select(a => a.Text));
        Assert.All(result.ExpectedReplies.Activities, a => Assert.Equal(request.Id, a.ReplyToId));
        Assert.Equal(0, adapter.PendingReplies);
    }

    [Fact]
    public async Task Expect_replies_with_nothing_said_is_an_empty_list()
    {
        var adapter = new TestAdapter(Channels.Emulator);

        var result = await adapter.ProcessActivityAsync(adapter.MakeActivity(ActivityTypes.Typing) with { DeliveryMode = DeliveryModes.ExpectReplies }, (_, _) => Task.CompletedTask);

        Assert.Empty(result.ExpectedReplies!.Activities);
    }

    [Theory]
    [InlineData(Channels.Emulator, true)]
    [InlineData(Channels.Webchat, false)]
    [InlineData(Channels.Msteams, false)]
    [InlineData(Channels.Sms, false)]
    public async Task Traces_reach_only_the_Emulator(string channel, bool delivered)
    {
        var adapter = new TestAdapter(channel);

        await adapter.ProcessActivityAsync(adapter.MakeMessage("hi"), async (context, ct) =>
        {
            await context.TraceActivityAsync("triage.outcome", JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["route"] = "tbml" }), cancellationToken: ct);
            await context.SendActivityAsync("visible", cancellationToken: ct);
        });

        var replies = Drain(adapter);
        Assert.Equal(delivered, replies.Any(r => r.Type == ActivityTypes.Trace));
        Assert.Contains(replies, r => r.Text == "visible");
    }

    [Fact]
    public async Task An_invoke_nobody_answers_gets_501()
    {
        var adapter = new TestAdapter();

        var result = await adapter.ProcessActivityAsync(adapter.MakeActivity(ActivityTypes.Invoke) with { Name = "foo/bar" }, (_, _) => Task.CompletedTask);

        Assert.Equal(501, result.InvokeResponse!.Status);
    }

    [Fact]
    public async Task An_invoke_response_becomes_the_result_and_is_never_sent()
    {
        var adapter = new TestAdapter();
        var value = JsonSerializer.SerializeToElement(new { status = 200, body = new { ok = true } });

        var result = await adapter.ProcessActivityAsync(adapter.MakeActivity(ActivityTypes.Invoke) with { Name = "task/fetch" }, (context, ct) =>
            context.SendActivityAsync(new Activity { Type = ActivityTypes.InvokeResponse, Value = value }, ct));

        Assert.Equal(200, result.InvokeResponse!.Status);
        Assert.True(result.InvokeResponse.Body!.Value.GetProperty("ok").GetBoolean());
        Assert.Equal(0, adapter.PendingReplies);
    }

    [Fact]
    public async Task A_failed_turn_says_only_what_the_error_handler_says_and_saves_nothing()
    {
        var storage = new CountingStorage();
        var state = new ConversationState(storage);
        var topic = state.CreateProperty<string>("topic");
        var adapter = new TestAdapter();
        adapter.Use(new AutoSaveStateMiddleware(state));
        adapter.OnTurnError = (context, _) => context.SendActivityAsync("Sorry, something went wrong. Please try again.");

        await adapter.ProcessActivityAsync(adapter.MakeMessage("hi"), async (context, ct) =>
        {
            await topic.SetAsync(context, "half-done", ct);
            await context.SendActivityAsync("a reply from the failed attempt", cancellationToken: ct);
            throw new InvalidOperationException("boom");
        });

        Assert.Equal(["Sorry, something went wrong. Please try again."], Drain(adapter).Select(r => r.Text));
        Assert.Equal(0, storage.Writes);
    }

    [Fact]
    public async Task Without_an_error_handler_the_exception_reaches_the_channel_adapter()
    {
        var adapter = new TestAdapter();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            adapter.ProcessActivityAsync(adapter.MakeMessage("hi"), (_, _) => throw new InvalidOperationException("boom")));
    }

    [Fact]
    public async Task Send_handlers_see_and_may_change_what_the_bot_sends()
    {
        var adapter = new TestAdapter();

        await adapter.ProcessActivityAsync(adapter.MakeMessage("hi"), async (context, ct) =>
        {
            context.OnSendActivities((_, activities, next) =>
            {
                activities[0] = activities[0] with { Text = activities[0].Text!.ToUpperInvariant() };
                return next();
            });
            await context.SendActivityAsync("quiet", cancellationToken: ct);
        });

        Assert.Equal("QUIET", adapter.TakeReply()!.Text);
    }

    [Fact]
    public async Task A_send_handler_that_does_not_call_next_drops_the_batch()
    {
        var adapter = new TestAdapter();

        await adapter.ProcessActivityAsync(adapter.MakeMessage("hi"), async (context, ct) =>
        {
            context.OnSendActivities((_, _, _) => Task.CompletedTask);
            await context.SendActivityAsync("never sent", cancellationToken: ct);
            Assert.False(context.Responded);
        });

        Assert.Null(adapter.TakeReply());
    }

    [Fact]
    public async Task What_a_send_handler_does_after_next_covers_what_later_handlers_inserted()
    {
        var adapter = new TestAdapter();

        await adapter.ProcessActivityAsync(adapter.MakeMessage("hi"), async (context, ct) =>
        {
            context.OnSendActivities(async (_, activities, next) =>
            {
                await next();
                for (var i = 0; i < activities.Count; i++)
                {
                    activities[i] = activities[i] with { Text = activities[i].Text!.ToUpperInvariant() };
                }
            });
            context.OnSendActivities((c, activities, next) =>
            {
                activities.Insert(0, MessageFactory.Text("held back").AsReplyTo(c.Activity));
                return next();
            });
            await context.SendActivityAsync("which side?", cancellationToken: ct);
        });

        Assert.Equal("HELD BACK", adapter.TakeReply()!.Text);
        Assert.Equal("WHICH SIDE?", adapter.TakeReply()!.Text);
    }

    [Fact]
    public async Task Continuing_a_conversation_addresses_the_proactive_message_from_a_stored_reference()
    {
        var adapter = new TestAdapter(Channels.Msteams);
        var reference = adapter.MakeMessage("hi").GetConversationReference();

        await adapter.ContinueConversationAsync(reference, (context, ct) => context.SendActivityAsync("Checking in: how are you feeling?", cancellationToken: ct), default);

        var reply = adapter.TakeReply()!;
        Assert.Equal(reference.Conversation, reply.Conversation);
        Assert.Equal(reference.User!.Id, reply.Recipient!.Id);
        Assert.Equal(reference.Bot!.Id, reply.From!.Id);
    }

    [Fact]
    public async Task Two_turns_of_one_conversation_racing_are_both_applied_once_with_no_reply_from_the_losing_attempt()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var count = state.CreateProperty<int>("count");
        var adapter = new TestAdapter { MaxTurnAttempts = 3 };
        adapter.Use(new AutoSaveStateMiddleware(state));

        var firstHasRead = new TaskCompletionSource();
        var secondHasSaved = new TaskCompletionSource();
        var attemptsOfFirst = 0;

        async Task Bot(ITurnContext context, CancellationToken ct)
        {
            var isFirst = context.Activity.Text == "first";
            var n = await count.GetAsync(context, ct) + 1;
            await count.SetAsync(context, n, ct);
            await context.SendActivityAsync($"{context.Activity.Text} makes {n}", cancellationToken: ct);
            if (isFirst && Interlocked.Increment(ref attemptsOfFirst) == 1)
            {
                // Hold the first turn's save until the second turn has read the same state and saved.
                firstHasRead.SetResult();
                await secondHasSaved.Task;
            }
        }

        var first = adapter.ProcessActivityAsync(adapter.MakeMessage("first"), Bot);
        await firstHasRead.Task;
        var second = await adapter.ProcessActivityAsync(adapter.MakeMessage("second"), Bot);
        secondHasSaved.SetResult();
        var firstResult = await first;

        Assert.Equal(1, second.Attempts);
        Assert.Equal(2, firstResult.Attempts);
        Assert.Equal(["second makes 1", "first makes 2"], Drain(adapter).Select(r => r.Text));
        await adapter.ProcessActivityAsync(adapter.MakeMessage("check"), async (context, ct) => Assert.Equal(2, await count.GetAsync(context, ct)));
    }

    [Fact]
    public async Task A_turn_that_keeps_losing_races_gives_up_after_the_maximum_attempts()
    {
        var adapter = new TestAdapter { MaxTurnAttempts = 3 };
        var attempts = 0;

        await Assert.ThrowsAsync<StoreConcurrencyException>(() => adapter.ProcessActivityAsync(adapter.MakeMessage("hi"), (_, _) =>
        {
            attempts++;
            throw StoreConcurrencyException.ForKey("k");
        }));

        Assert.Equal(3, attempts);
    }

    private static List<Activity> Drain(TestAdapter adapter)
    {
        var replies = new List<Activity>();
        while (adapter.TakeReply() is { } reply)
        {
            replies.Add(reply);
        }

        return replies;
    }

    private sealed class Recording(string name, List<string> calls) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
        {
            calls.Add($"{name} in");
            await next(cancellationToken);
            calls.Add($"{name} out");
        }
    }

    private sealed class Stop : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
