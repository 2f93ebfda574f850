namespace FeminaBot.Connector.Authentication;

/// <summary>
/// Where tokens for <c>/api/messages</c> come from, under the Bot Framework's own top-level setting
/// names; the defaults are the public Azure cloud's, and only tests point them elsewhere.
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>The Bot Connector service's OpenID metadata.</summary>
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The issuer of the Bot Connector service's tokens.</summary>
    public string ToBotFromChannelTokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>The OpenID metadata for Emulator (and other Microsoft Entra) tokens.</summary>
    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Whether metadata must be fetched over HTTPS; only a test issuer on loopback turns this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>How far clocks may disagree when checking a token's lifetime.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);
}
