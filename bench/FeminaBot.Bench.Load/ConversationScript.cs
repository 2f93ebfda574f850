namespace FeminaBot.Bench.Load;

/// <summary>The turns every benchmark conversation plays: a join, a symptom, the answers to a triage, the read-back confirmed, a massage step and an hours question.</summary>
public static class ConversationScript
{
    /// <summary>The turns, in order.</summary>
    public static readonly (string Type, string? Text)[] Turns =
    [
        ("conversationUpdate", null),
        ("message", "my breast is engorged and rock hard"),
        ("message", "no"),
        ("message", "no"),
        ("message", "no"),
        ("message", "no"),
        ("message", "no"),
        ("message", "yes"),
        ("message", "left"),
        ("message", "next"),
        ("message", "are you open on Saturday?"),
    ];

    /// <summary>The JSON of turn <paramref name="turn"/> of conversation <paramref name="conversationId"/>, as the Emulator would post it.</summary>
    public static string Activity(string conversationId, int turn)
    {
        var (type, text) = Turns[turn];
        var user = $"u-{conversationId}";
        var content = type == "message"
            ? $",\"text\":\"{text}\""
            : $",\"membersAdded\":[{{\"id\":\"{user}\"}},{{\"id\":\"bot\"}}]";
        return $"{{\"type\":\"{type}\",\"id\":\"a{turn}\",\"channelId\":\"emulator\",\"serviceUrl\":\"http://127.0.0.1:9/\","
            + $"\"deliveryMode\":\"expectReplies\",\"from\":{{\"id\":\"{user}\"}},\"recipient\":{{\"id\":\"bot\"}},"
            + $"\"conversation\":{{\"id\":\"{conversationId}\"}},\"locale\":\"en-US\"{content}}}";
    }
}
