namespace FeminaBot.Connector.Authentication;

/// <summary>Where the bot gets tokens for its replies, under the Bot Framework's advanced setting names; the defaults are the public cloud's.</summary>
public sealed class ConnectorCredentialOptions
{
    /// <summary>The token authority; for a single-tenant bot the tenant replaces <c>botframework.com</c>.</summary>
    public string ToChannelFromBotLoginUrl { get; set; } = "https://login.microsoftonline.com/botframework.com";

    /// <summary>The resource the tokens are for.</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com";
}
