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

    /// <summary>Whether requests to /api/messages must carry a token.</summary>
    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
