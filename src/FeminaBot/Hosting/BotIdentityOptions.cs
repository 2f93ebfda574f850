namespace FeminaBot.Hosting;

/// <summary>The bot's Azure Bot Service identity, under the Bot Framework's own top-level setting names.</summary>
public sealed class BotIdentityOptions
{
    /// <summary><c>MultiTenant</c>, <c>SingleTenant</c> or <c>UserAssignedMSI</c>.</summary>
    public string MicrosoftAppType { get; set; } = "MultiTenant";

    /// <summary>The app id; empty turns authentication off for local development.</summary>
    public string MicrosoftAppId { get; set; } = string.Empty;

    /// <summary>The app password (client secret).</summary>
    public string MicrosoftAppPassword { get; set; } = string.Empty;

    /// <summary>The tenant, for single-tenant and managed-identity apps.</summary>
    public string MicrosoftAppTenantId { get; set; } = string.Empty;

    /// <summary>
    /// Without an app id, /api/messages answers only clients on this machine (the Emulator's case);
    /// true lets any address in, for a trusted private network. Replies still go only to this machine.
    /// </summary>
    public bool AllowAnonymousFromAnyAddress { get; set; }

    /// <summary>Whether requests to /api/messages must carry a token.</summary>
    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
