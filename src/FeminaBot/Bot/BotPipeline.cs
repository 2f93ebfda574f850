using FeminaBot.Conversations.State;
using FeminaBot.Conversations.Turns;
using FeminaBot.Triage;

namespace FeminaBot.Bot;

/// <summary>What every channel adapter wires around the bot: state loaded and saved once per turn, a redelivered message applied once, and a kind answer when a turn fails.</summary>
internal sealed class BotPipeline(TriageBot bot, ConversationState conversationState, UserState userState)
{
    private readonly RedeliveryMiddleware _redelivery = new(conversationState);

    /// <summary>The bot.</summary>
    public TriageBot Bot { get; } = bot;

    /// <summary>Sets up an adapter: state middleware, line breaks that survive Markdown, and the error handler.</summary>
    public T Configure<T>(T adapter) where T : BotAdapter
    {
        ArgumentNullException.ThrowIfNull(adapter);
        adapter.Use(new AutoSaveStateMiddleware(conversationState, userState));
        adapter.Use(_redelivery);
        adapter.Use(new MarkdownLineBreaksMiddleware());
        adapter.OnTurnError = (context, _) => context.SendActivityAsync(Bot.ErrorMessage);
        return adapter;
    }
}
