namespace FeminaBot.Bench.Load;

/// <summary>A conversation the benchmark plays, turn by turn, whatever the bot answers.</summary>
/// <param name="Name">How the tables name it.</param>
/// <param name="Turns">The turns, in order: a join, then messages.</param>
public sealed record ConversationScript(string Name, (string Type, string? Text)[] Turns)
{
    /// <summary>The friendliest conversation: a short symptom, one-word answers to the triage, the read-back confirmed, a massage step and an hours question.</summary>
    public static ConversationScript ShortAnswers { get; } = new("short answers",
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
    ]);

    /// <summary>
    /// A conversation as parents write at night: a long run-on first message, the safety check and
    /// the questions answered in words, a temperature in words, a question in the middle of coaching,
    /// and an office question with typos.
    /// </summary>
    public static ConversationScript Realistic { get; } = new("parents' own words",
    [
        ("conversationUpdate", null),
        ("message", "hi sorry its almost 2am and i cant sleep, my left boob got super full and hard after she slept a long stretch tonight, baby is 3 weeks old and ebf, she fed ok at midnight but theres a sore knot up near my armpit and i dont know what to do"),
        ("message", "no nothing like that, breathing is fine no chest pain, im tired but totally awake and with it, never had thoughts like that"),
        ("message", "its not red or pink at all and not hot to touch, just tender and heavy when i press on it"),
        ("message", "i took my temp about an hour ago and it was ninety eight point six so no fever i think"),
        ("message", "no chills or shivering, i actually feel warm enough under the blanket"),
        ("message", "no body aches either, not achy or flu like, just sore right there"),
        ("message", "yes thats right"),
        ("message", "next"),
        ("message", "wait how hard am i supposed to press, and should i do this before or after she feeds? it kinda hurts when i push right on the lump"),
        ("message", "ok next"),
        ("message", "thanks. also whats the earliest i can come to the pasadena ofice on thrusday, and is bev hills open saturday?"),
    ]);

    /// <summary>Both, in the order the tables show them.</summary>
    public static IReadOnlyList<ConversationScript> All { get; } = [ShortAnswers, Realistic];

    /// <summary>The JSON of turn <paramref name="turn"/> of conversation <paramref name="conversationId"/>, as the Emulator would post it.</summary>
    public string Activity(string conversationId, int turn)
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
