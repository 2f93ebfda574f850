using FeminaBot.Conversations.State;
using FeminaBot.Conversations.Testing;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Conversations.Tests.State;

public class BotStateTests
{
    private readonly CountingStorage _storage = new();
    private readonly ConversationState _conversationState;
    private readonly UserState _userState;
    private readonly TestAdapter _adapter = new();

    public BotStateTests()
    {
        _conversationState = new ConversationState(_storage);
        _userState = new UserState(_storage);
        _adapter.Use(new AutoSaveStateMiddleware(_conversationState, _userState));
    }

    [Fact]
    public async Task Properties_survive_from_one_turn_to_the_next_through_the_store()
    {
        var visits = _conversationState.CreateProperty<VisitCount>("visits");
        var name = _userState.CreateProperty<string>("name");

        await Turn(async (context, ct) =>
        {
            var count = await visits.GetAsync(context, () => new VisitCount(), ct);
            count.Count++;
            await name.SetAsync(context, "Sam", ct);
        });
        await Turn(async (context, ct) =>
        {
            var count = await visits.GetAsync(context, () => new VisitCount(), ct);
            Assert.Equal(1, count.Count);
            Assert.Equal("Sam", await name.GetAsync(context, ct));
        });
    }

    [Fact]
    public async Task A_turn_costs_one_read_and_one_write_whatever_it_touches()
    {
        var visits = _conversationState.CreateProperty<VisitCount>("visits");
        var name = _userState.CreateProperty<string>("name");

        await Turn(async (context, ct) =>
        {
            (await visits.GetAsync(context, () => new VisitCount(), ct)).Count++;
            await name.SetAsync(context, "Sam", ct);
        });

        Assert.Equal(1, _storage.Reads);
        Assert.Equal(1, _storage.Writes);
        Assert.Equal(2, _storage.WrittenKeys[0].Count);
    }

    [Fact]
    public async Task A_turn_that_changes_nothing_writes_nothing()
    {
        var visits = _conversationState.CreateProperty<VisitCount>("visits");
        await Turn(async (context, ct) => (await visits.GetAsync(context, () => new VisitCount(), ct)).Count = 3);
        _storage.ResetCounts();

        await Turn(async (context, ct) => Assert.Equal(3, (await visits.GetAsync(context, () => new VisitCount(), ct)).Count));

        Assert.Equal(1, _storage.Reads);
        Assert.Equal(0, _storage.Writes);
    }

    [Fact]
    public async Task Conversation_state_is_per_conversation_and_user_state_follows_the_user()
    {
        var topic = _conversationState.CreateProperty<string>("topic");
        var name = _userState.CreateProperty<string>("name");
        await Turn(async (context, ct) =>
        {
            await topic.SetAsync(context, "hours", ct);
            await name.SetAsync(context, "Sam", ct);
        });

        _adapter.Conversation = _adapter.Conversation with { Conversation = new("another-conversation") };

        await Turn(async (context, ct) =>
        {
            Assert.Null(await topic.GetAsync(context, ct));
            Assert.Equal("Sam", await name.GetAsync(context, ct));
        });
    }

    [Fact]
    public async Task Deleting_state_removes_it_from_the_store_and_the_turn_writes_nothing_back()
    {
        var topic = _conversationState.CreateProperty<string>("topic");
        await Turn((context, ct) => topic.SetAsync(context, "hours", ct));

        await Turn(async (context, ct) =>
        {
            await topic.SetAsync(context, "changed before deleting", ct);
            await _conversationState.DeleteAsync(context, ct);
        });

        Assert.Equal(0, await StoredCount());
        await Turn(async (context, ct) => Assert.Null(await topic.GetAsync(context, ct)));
    }

    [Fact]
    public async Task Removing_a_property_is_saved()
    {
        var topic = _conversationState.CreateProperty<string>("topic");
        await Turn((context, ct) => topic.SetAsync(context, "hours", ct));

        await Turn((context, ct) => topic.DeleteAsync(context, ct));

        await Turn(async (context, ct) => Assert.Null(await topic.GetAsync(context, ct)));
    }

    [Fact]
    public async Task A_state_type_that_cannot_be_serialized_fails_the_turn_instead_of_passing_silently()
    {
        var bad = _conversationState.CreateProperty<Func<int>>("bad");

        await Assert.ThrowsAnyAsync<Exception>(() => Turn((context, ct) => bad.SetAsync(context, () => 1, ct)));
    }

    private async Task<int> StoredCount()
    {
        var context = new TurnContext(_adapter, _adapter.MakeMessage("x"));
        var keys = new[] { ConversationState.KeyFor(context), UserState.KeyFor(context) };
        return (await _storage.ReadAsync(keys, default)).Count;
    }

    private Task<TurnResult> Turn(BotCallbackHandler callback) => _adapter.ProcessActivityAsync(_adapter.MakeMessage("hello"), callback);

    public sealed class VisitCount
    {
        public int Count { get; set; }
    }
}
