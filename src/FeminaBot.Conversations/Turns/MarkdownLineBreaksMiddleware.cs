using System.Text.RegularExpressions;
using FeminaBot.Conversations.Schema;

namespace FeminaBot.Conversations.Turns;

/// <summary>
/// Keeps a bot's single line breaks on channels that render text as Markdown (Web Chat, Direct
/// Line, the Emulator, Teams), where a lone "\n" would join two lines into one: it becomes a
/// Markdown hard break. Text-only channels such as SMS are left as they are.
/// </summary>
public sealed partial class MarkdownLineBreaksMiddleware : IMiddleware
{
    /// <inheritdoc/>
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (RendersMarkdown(turnContext.Activity.ChannelId))
        {
            turnContext.OnSendActivities((_, activities, nextSend) =>
            {
                for (var i = 0; i < activities.Count; i++)
                {
                    if (activities[i] is { Text: { } text, TextFormat: null or TextFormats.Markdown } && text.Contains('\n', StringComparison.Ordinal)
                        && LoneLineBreak().Replace(text, "  \n") is var hardBreaks && !string.Equals(hardBreaks, text, StringComparison.Ordinal))
                    {
                        activities[i] = activities[i] with { Text = hardBreaks };
                    }
                }

                return nextSend();
            });
        }

        return next(cancellationToken);
    }

    /// <summary>Whether the channel renders message text as Markdown.</summary>
    public static bool RendersMarkdown(string? channelId) =>
        channelId is Channels.Webchat or Channels.Directline or Channels.Emulator or Channels.Msteams;

    // A line break that is not part of a blank line (a paragraph break stays as it is).
    [GeneratedRegex(@"(?<![\n ]{2}|\n)\n(?!\n)")]
    private static partial Regex LoneLineBreak();
}
