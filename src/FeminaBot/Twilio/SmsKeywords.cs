using FeminaBot.Conversations.Recognition;

namespace FeminaBot.Twilio;

/// <summary>
/// The carrier keywords Twilio acts on. Only a message that is the keyword alone counts ("STOP", not
/// "please stop the massage"); Twilio still forwards it, and the bot must not contradict it.
/// </summary>
public static class SmsKeywords
{
    private static readonly HashSet<string> OptOut = new(StringComparer.Ordinal) { "stop", "stopall", "unsubscribe", "cancel", "end", "quit", "revoke", "optout" };
    private static readonly HashSet<string> OptIn = new(StringComparer.Ordinal) { "start", "yes", "unstop" };
    private static readonly HashSet<string> Help = new(StringComparer.Ordinal) { "help", "info" };

    /// <summary>The keyword the message is, if it is one.</summary>
    public static SmsKeyword Of(string? body)
    {
        var words = TextTokens.Split(body);
        if (words.Count != 1)
        {
            return SmsKeyword.None;
        }

        return OptOut.Contains(words[0]) ? SmsKeyword.OptOut
            : OptIn.Contains(words[0]) ? SmsKeyword.OptIn
            : Help.Contains(words[0]) ? SmsKeyword.Help
            : SmsKeyword.None;
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

    /// <summary>HELP, INFO.</summary>
    Help,
}
