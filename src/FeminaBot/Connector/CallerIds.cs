namespace FeminaBot.Connector;

/// <summary>The <c>callerId</c> the bot stamps on an activity whose Bot Connector token it validated.</summary>
internal static class CallerIds
{
    public const string BotConnector = "urn:botframework:azure";
}
