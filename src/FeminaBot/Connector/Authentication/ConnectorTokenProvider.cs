using FeminaBot.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace FeminaBot.Connector.Authentication;

/// <summary>
/// Tokens for calls to the Bot Connector service, from Microsoft Entra through
/// Microsoft.Identity.Client: client credentials for multi- and single-tenant bots, the managed
/// identity for <c>UserAssignedMSI</c>. MSAL keeps each token until shortly before it expires.
/// </summary>
internal sealed class ConnectorTokenProvider
{
    private readonly Lazy<Func<CancellationToken, Task<string>>> _acquire;

    public ConnectorTokenProvider(IOptions<BotIdentityOptions> identity, IOptions<ConnectorCredentialOptions> credentials, IHttpClientFactory httpClients)
    {
        _acquire = new(() => Create(identity.Value, credentials.Value, new MsalHttpClients(httpClients)));
    }

    /// <summary>The named HttpClient MSAL uses.</summary>
    public const string HttpClientName = "msal";

    /// <summary>A bearer token for the connector.</summary>
    public Task<string> GetTokenAsync(CancellationToken cancellationToken) => _acquire.Value(cancellationToken);

    private static Func<CancellationToken, Task<string>> Create(BotIdentityOptions identity, ConnectorCredentialOptions credentials, IMsalHttpClientFactory httpClients)
    {
        var scope = credentials.ToChannelFromBotOAuthScope.TrimEnd('/') + "/.default";
        if (string.Equals(identity.MicrosoftAppType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase))
        {
            var managed = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(identity.MicrosoftAppId))
                .WithHttpClientFactory(httpClients)
                .Build();
            var resource = credentials.ToChannelFromBotOAuthScope;
            return async ct => (await managed.AcquireTokenForManagedIdentity(resource).ExecuteAsync(ct)).AccessToken;
        }

        var authority = credentials.ToChannelFromBotLoginUrl;
        if (string.Equals(identity.MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase) && identity.MicrosoftAppTenantId.Length > 0)
        {
            authority = authority.Replace("/botframework.com", "/" + identity.MicrosoftAppTenantId, StringComparison.OrdinalIgnoreCase);
        }

        var app = ConfidentialClientApplicationBuilder.Create(identity.MicrosoftAppId)
            .WithClientSecret(identity.MicrosoftAppPassword)
            .WithAuthority(authority, validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(httpClients)
            .Build();
        return async ct => (await app.AcquireTokenForClient([scope]).ExecuteAsync(ct)).AccessToken;
    }

    private sealed class MsalHttpClients(IHttpClientFactory httpClients) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => httpClients.CreateClient(HttpClientName);
    }
}
