using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FeminaBot.Conversations.Schema;

namespace FeminaBot.Conversations.Turns;

/// <summary>
/// Keeps a bot's line breaks on channels that would join its lines into one paragraph. Message text
/// on channels that render it as Markdown (Web Chat, Direct Line, the Emulator, Teams): a lone "\n"
/// becomes a Markdown hard break. Hero-card text in Teams, which renders a subset of HTML there and no
/// Markdown: escaped, with every "\n" a <c>&lt;br&gt;</c>. Text-only channels such as SMS are left as they are.
/// </summary>
public sealed partial class MarkdownLineBreaksMiddleware : IMiddleware
{
    /// <inheritdoc/>
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var channelId = turnContext.Activity.ChannelId;
        if (RendersMarkdown(channelId))
        {
            // After the handlers added later have run, so that what they insert into the batch is rendered too.
            turnContext.OnSendActivities(async (_, activities, nextSend) =>
            {
                await nextSend();
                for (var i = 0; i < activities.Count; i++)
                {
                    if (activities[i] is { Text: { } text, TextFormat: null or TextFormats.Markdown } && text.Contains('\n', StringComparison.Ordinal)
                        && HardBreaks(text) is var hardBreaks && !string.Equals(hardBreaks, text, StringComparison.Ordinal))
                    {
                        activities[i] = activities[i] with { Text = hardBreaks };
                    }

                    if (channelId == Channels.Msteams && activities[i].Attachments is { Count: > 0 } attachments && attachments.Any(IsHeroCard))
                    {
                        activities[i] = activities[i] with { Attachments = attachments.Select(a => IsHeroCard(a) ? WithHtmlText(a) : a).ToList() };
                    }
                }
            });
        }

        return next(cancellationToken);
    }

    /// <summary>Whether the channel renders message text as Markdown.</summary>
    public static bool RendersMarkdown(string? channelId) =>
        channelId is Channels.Webchat or Channels.Directline or Channels.Emulator or Channels.Msteams;

    /// <summary>Text as a Markdown channel receives it: each lone line break a Markdown hard break (two spaces, then the break); paragraph breaks stay as they are.</summary>
    public static string HardBreaks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LoneLineBreak().Replace(text, "  \n");
    }

    /// <summary>Plain text as Teams' hero-card HTML: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped, each line break a <c>&lt;br&gt;</c>.</summary>
    public static string TeamsCardHtml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new StringBuilder(text).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;")
            .Replace("\r\n", "\n").Replace("\n", "<br>").ToString();
    }

    private static bool IsHeroCard(Attachment attachment) =>
        attachment is { ContentType: HeroCard.ContentType, Content.ValueKind: JsonValueKind.Object };

    // Only the text changes; every other field of the card stays as it was.
    private static Attachment WithHtmlText(Attachment card)
    {
        var content = JsonObject.Create(card.Content!.Value)!;
        if (content["text"]?.GetValueKind() != JsonValueKind.String)
        {
            return card;
        }

        content["text"] = TeamsCardHtml(content["text"]!.GetValue<string>());
        using var document = JsonDocument.Parse(content.ToJsonString());
        return card with { Content = document.RootElement.Clone() };
    }

    // A line break that is not part of a blank line (a paragraph break stays as it is).
    [GeneratedRegex(@"(?<![\n ]{2}|\n)\n(?!\n)")]
    private static partial Regex LoneLineBreak();
}
