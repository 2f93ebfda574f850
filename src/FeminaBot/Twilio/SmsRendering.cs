using FeminaBot.Conversations.Schema;

namespace FeminaBot.Twilio;

/// <summary>
/// What a phone receives of the bot's replies: plain text, any buttons as numbered choices, split to
/// fit, and the accents GSM-7 lacks dropped as <see cref="TwilioOptions.Transliterate"/> says.
/// </summary>
internal static class SmsRendering
{
    public static IEnumerable<string> Texts(IEnumerable<Activity> replies, TwilioOptions options)
    {
        foreach (var reply in replies.Where(r => r.Type == ActivityTypes.Message))
        {
            var text = ActivityText.Of(reply) ?? string.Empty;
            var choices = ActivityText.ChoicesOf(reply);
            if (choices.Count > 0)
            {
                text += " " + string.Join(", ", choices.Select((choice, i) => $"({i + 1}) {choice}"));
            }

            foreach (var part in Texts(text, options))
            {
                yield return part;
            }
        }
    }

    /// <summary>One reply's texts. A reply is dropped of its accents whole or not at all, so its texts read alike.</summary>
    public static IReadOnlyList<string> Texts(string text, TwilioOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var plain = SmsText.ToPlain(text.Trim());
        var kept = SmsText.Split(plain, options.MaxSegmentsPerMessage);
        if (options.Transliterate == TransliterationMode.Never || SmsText.IsGsm7(plain))
        {
            return kept;
        }

        var dropped = SmsText.Split(SmsAccents.Drop(plain), options.MaxSegmentsPerMessage);
        return options.Transliterate == TransliterationMode.Always || dropped.Count < kept.Count ? dropped : kept;
    }
}
