namespace FeminaBot.Conversations.Schema;

/// <summary>Whether the bot waits for an answer after an activity (the swagger's and SDKs' wire values).</summary>
public static class InputHints
{
    /// <summary>The bot is ready for input but not waiting for it.</summary>
    public const string AcceptingInput = "acceptingInput";
    /// <summary>The bot has asked a question and waits for the answer.</summary>
    public const string ExpectingInput = "expectingInput";
    /// <summary>More activities follow; the client should not open the microphone.</summary>
    public const string IgnoringInput = "ignoringInput";
}
