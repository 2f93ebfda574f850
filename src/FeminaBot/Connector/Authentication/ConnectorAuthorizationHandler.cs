using System.Net.Http.Headers;
using FeminaBot.Hosting;
using Microsoft.Extensions.Options;

namespace FeminaBot.Connector.Authentication;

/// <summary>Puts the bot's token on each call to a trusted service URL, fresh for every attempt; with authentication off, none.</summary>
internal sealed class ConnectorAuthorizationHandler(ConnectorTokenProvider tokens, TrustedServiceUrls trusted, IOptions<BotIdentityOptions> identity) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (identity.Value.AuthenticationEnabled)
        {
            if (request.RequestUri is null || !trusted.IsTrusted(request.RequestUri))
            {
                throw new InvalidOperationException("Replies go only to a serviceUrl that arrived with a validated token.");
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
