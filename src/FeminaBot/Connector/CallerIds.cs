namespace FeminaBot.Connector;

/// <summary>
/// The <c>callerId</c> the program stamps on each activity it takes in, saying which way in it came:
/// activities of the same channel id may come through the Bot Connector or through the program's own
/// endpoints (Azure Bot Service has a Direct Line and an SMS channel of its own), and a later message to
/// the conversation (a check-in) must go back the same way.
/// </summary>
internal static class CallerIds
{
    /// <summary>Through <c>/api/messages</c>, with a Bot Connector token the program validated.</summary>
    public const string BotConnector = "urn:botframework:azure";

    /// <summary>Through the program's own Direct Line (the chat page).</summary>
    public const string ChatPage = "urn:feminabot:directline";

    /// <summary>Through the program's own Twilio webhook.</summary>
    public const string Sms = "urn:feminabot:twilio";
}
