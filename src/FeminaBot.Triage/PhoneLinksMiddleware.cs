using System.Text.RegularExpressions;
using FeminaBot.Conversations.Schema;
using FeminaBot.Conversations.Turns;

namespace FeminaBot.Triage;

/// <summary>
/// Makes the phone numbers in the bot's message text tappable on channels that render it as Markdown
/// (<see cref="MarkdownLineBreaksMiddleware.RendersMarkdown"/>: Web Chat, Direct Line, the Emulator,
/// Teams): an office number written "(818) 873-1403" becomes <c>[(818) 873-1403](tel:+18188731403)</c>,
/// and 911 or 988 where the text says to call, dial or text it becomes <c>[911](tel:911)</c>. A number
/// already inside a Markdown link is left alone. SMS and the console keep plain text, and so do buttons
/// and hero-card text (HTML in Teams), which this never touches.
/// </summary>
public sealed partial class PhoneLinksMiddleware : IMiddleware
{
    /// <inheritdoc/>
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (MarkdownLineBreaksMiddleware.RendersMarkdown(turnContext.Activity.ChannelId))
        {
            // After the handlers added later have run, so that what they insert into the batch is linked too.
            turnContext.OnSendActivities(async (_, activities, nextSend) =>
            {
                await nextSend();
                for (var i = 0; i < activities.Count; i++)
                {
                    if (activities[i] is { Text: { } text, TextFormat: null or TextFormats.Markdown }
                        && WithLinks(text) is var linked && !string.Equals(linked, text, StringComparison.Ordinal))
                    {
                        activities[i] = activities[i] with { Text = linked };
                    }
                }
            });
        }

        return next(cancellationToken);
    }

    /// <summary>Markdown text with each US phone number, and each 911 or 988 to call or text, as a <c>tel:</c> link.</summary>
    public static string WithLinks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Linkable().Replace(text, Link);
    }

    private static string Link(Match match)
    {
        if (match.Groups["area"].Success)
        {
            return $"[{match.Value}](tel:+1{match.Groups["area"].Value}{match.Groups["exchange"].Value}{match.Groups["line"].Value})";
        }

        if (match.Groups["emergency"] is { Success: true, Value: var number })
        {
            return $"{match.Groups["lead"].Value}[{number}](tel:{number})";
        }

        // An existing Markdown link, kept as it is so that no number inside it is linked again.
        return match.Value;
    }

    // One pass, left to right, of three alternatives: an existing Markdown link (skipped whole); a US
    // number "(818) 873-1403"; "call", "dial", "text" or "call or text" before 911 or 988 (in Spanish
    // "llame al", "marque al", "mensaje de texto al"). The link's
    // text stops at the next bracket and its address at the next parenthesis or space, so no character
    // is scanned from two starts and the pass stays linear in the text.
    [GeneratedRegex(
        @"\[[^\[\]\n]*\]\([^()\s]*\)"
        + @"|\((?<area>\d{3})\) (?<exchange>\d{3})-(?<line>\d{4})(?!\d)"
        + @"|(?<lead>\b(?:call|dial|text)(?: or (?:call|dial|text))?\s+|\b(?:llame|marque|texto)\s+al\s+)(?<emergency>911|988)(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Linkable();
}
