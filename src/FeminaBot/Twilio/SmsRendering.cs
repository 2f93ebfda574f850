using FeminaBot.Conversations.Schema;

namespace FeminaBot.Twilio;

/// <summary>What a phone receives of the bot's replies: plain text, any buttons as numbered choices, split to fit.</summary>
internal static class SmsRendering
{
    public static IEnumerable<string> Texts(IEnumerable<Activity> replies, int maxSegments)
    {
        foreach (var reply in replies.Where(r => r.Type == ActivityTypes.Message))
        {
            var text = ActivityText.Of(reply) ?? string.Empty;
            var choices = ActivityText.ChoicesOf(reply);
            if (choices.Count > 0)
            {
                text += " " + string.Join(", ", choices.Select((choice, i) => $"({i + 1}) {choice}"));
            }

            foreach (var part in SmsText.Split(SmsText.ToPlain(text.Trim()), maxSegments))
            {
                yield return part;
            }
        }
    }
}
