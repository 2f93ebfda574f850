using FeminaBot.Conversations.Recognition;

namespace FeminaBot.Twilio;

/// <summary>
/// The carrier keywords. Only a message that is the keyword alone counts ("STOP", not "please stop
/// the massage"). Twilio acts on the English ones itself (blocks on STOP and its synonyms, unblocks on
/// START) and still forwards them; the bot must not contradict it. AYUDA is the Spanish HELP, answered
/// in Spanish; Twilio does not know it unless the clinic adds it through Advanced Opt-Out.
/// </summary>
public static class SmsKeywords
{
    private static readonly Dictionary<string, (SmsKeyword Keyword, string Language)> All = new(StringComparer.Ordinal)
    {
        ["stop"] = (SmsKeyword.OptOut, "en"),
        ["stopall"] = (SmsKeyword.OptOut, "en"),
        ["unsubscribe"] = (SmsKeyword.OptOut, "en"),
        ["cancel"] = (SmsKeyword.OptOut, "en"),
        ["end"] = (SmsKeyword.OptOut, "en"),
        ["quit"] = (SmsKeyword.OptOut, "en"),
        ["revoke"] = (SmsKeyword.OptOut, "en"),
        ["optout"] = (SmsKeyword.OptOut, "en"),
        ["start"] = (SmsKeyword.OptIn, "en"),
        ["yes"] = (SmsKeyword.OptIn, "en"),
        ["unstop"] = (SmsKeyword.OptIn, "en"),
        ["help"] = (SmsKeyword.Help, "en"),
        ["info"] = (SmsKeyword.Help, "en"),
        ["ayuda"] = (SmsKeyword.Help, "es"),
    };

    /// <summary>The keyword the message is, if it is one.</summary>
    public static SmsKeyword Of(string? body) => Read(body).Keyword;

    /// <summary>The keyword the message is (<see cref="SmsKeyword.None"/> if none) and the language it is a word of ("en", "es").</summary>
    public static (SmsKeyword Keyword, string Language) Read(string? body)
    {
        var words = TextTokens.Split(body);
        return words.Count == 1 && All.TryGetValue(words[0], out var keyword) ? keyword : (SmsKeyword.None, "en");
    }
}

/// <summary>A carrier keyword.</summary>
public enum SmsKeyword
{
    None,

    /// <summary>STOP and its synonyms: send nothing more.</summary>
    OptOut,

    /// <summary>START, YES, UNSTOP: messages may flow again.</summary>
    OptIn,

    /// <summary>HELP, INFO, and the Spanish AYUDA.</summary>
    Help,
}
