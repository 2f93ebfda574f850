using System.Security.Claims;
using System.Text.Json;
using FeminaBot.Conversations.Schema;
using FeminaBot.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace FeminaBot.Connector.Authentication;

/// <summary>
/// Checks the bearer token on <c>/api/messages</c> as the Bot Framework does: a Bot Connector token
/// (issuer api.botframework.com, audience our app id, lifetime with skew, signed by a key from the
/// OpenID metadata that endorses the activity's channel, and a <c>serviceurl</c> claim equal to the
/// activity's), or an Emulator token (a Microsoft Entra issuer, audience our app id, and our app id
/// in <c>appid</c> or <c>azp</c>). Keys are cached and refetched when an unknown key appears.
/// </summary>
internal sealed partial class BotAuthenticator
{
    private static readonly string[] EmulatorTenants = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotIdentityOptions _identity;
    private readonly BotAuthenticationOptions _options;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _channelMetadata;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _emulatorMetadata;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ILogger<BotAuthenticator> _logger;

    public BotAuthenticator(IOptions<BotIdentityOptions> identity, IOptions<BotAuthenticationOptions> options, ILogger<BotAuthenticator> logger)
    {
        _identity = identity.Value;
        _options = options.Value;
        _logger = logger;
        var retriever = new HttpDocumentRetriever { RequireHttps = _options.RequireHttpsMetadata };
        _channelMetadata = new ConfigurationManager<OpenIdConnectConfiguration>(_options.ToBotFromChannelOpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            // The Bot Framework asks for a refresh at least daily; new keys can appear at any time.
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
        };
        _emulatorMetadata = new ConfigurationManager<OpenIdConnectConfiguration>(_options.ToBotFromEmulatorOpenIdMetadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
        };
    }

    /// <summary>The caller's identity, or null when the request must be refused with 401.</summary>
    public async Task<ClaimsIdentity?> AuthenticateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            LogRefused("no bearer token");
            return null;
        }

        var token = authorization["Bearer ".Length..].Trim();
        if (!_handler.CanReadToken(token))
        {
            LogRefused("not a token");
            return null;
        }

        try
        {
            var issuer = _handler.ReadJsonWebToken(token).Issuer;
            return EmulatorIssuers().Contains(issuer, StringComparer.Ordinal)
                ? await EmulatorAsync(token, cancellationToken)
                : await ChannelAsync(token, activity, cancellationToken);
        }
        catch (Exception e) when (e is SecurityTokenException or ArgumentException or InvalidOperationException or IOException or HttpRequestException)
        {
            LogRefused(e.GetType().Name);
            return null;
        }
    }

    private async Task<ClaimsIdentity?> ChannelAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        var (result, configuration) = await ValidateAsync(token, _channelMetadata, [_options.ToBotFromChannelTokenIssuer], cancellationToken);
        if (result is null)
        {
            return null;
        }

        // The signing key must endorse the channel the activity claims to come from.
        var endorsements = Endorsements(configuration!, result.SecurityToken);
        if (activity.ChannelId is null || !endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            LogRefused("missing endorsement");
            return null;
        }

        var serviceUrl = result.ClaimsIdentity.FindFirst("serviceurl")?.Value;
        if (serviceUrl is null || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            LogRefused("serviceUrl mismatch");
            return null;
        }

        return result.ClaimsIdentity;
    }

    private async Task<ClaimsIdentity?> EmulatorAsync(string token, CancellationToken cancellationToken)
    {
        var (result, _) = await ValidateAsync(token, _emulatorMetadata, EmulatorIssuers(), cancellationToken);
        if (result is null)
        {
            return null;
        }

        var identity = result.ClaimsIdentity;
        var appId = identity.FindFirst("ver")?.Value switch
        {
            "1.0" => identity.FindFirst("appid")?.Value,
            "2.0" => identity.FindFirst("azp")?.Value,
            _ => null,
        };
        return appId == _identity.MicrosoftAppId ? identity : null;
    }

    private async Task<(TokenValidationResult? Result, OpenIdConnectConfiguration? Configuration)> ValidateAsync(string token, ConfigurationManager<OpenIdConnectConfiguration> metadata, IEnumerable<string> issuers, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var configuration = await metadata.GetConfigurationAsync(cancellationToken);
            var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
            {
                ValidIssuers = issuers,
                ValidAudience = _identity.MicrosoftAppId,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ClockSkew = _options.ClockSkew,
                IssuerSigningKeys = configuration.SigningKeys,
                ValidAlgorithms = Algorithms,
            });
            if (result.IsValid)
            {
                return (result, configuration);
            }

            // A key we have not seen may be new: fetch the metadata again, once.
            if (attempt == 0 && result.Exception is SecurityTokenSignatureKeyNotFoundException)
            {
                metadata.RequestRefresh();
                continue;
            }

            LogRefused(result.Exception?.GetType().Name ?? "invalid token");
            return (null, null);
        }

        return (null, null);
    }

    private IEnumerable<string> EmulatorIssuers()
    {
        var tenants = EmulatorTenants.AsEnumerable();
        if (!string.IsNullOrWhiteSpace(_identity.MicrosoftAppTenantId))
        {
            tenants = tenants.Append(_identity.MicrosoftAppTenantId);
        }

        return tenants.SelectMany(t => new[] { $"https://sts.windows.net/{t}/", $"https://login.microsoftonline.com/{t}/v2.0" });
    }

    // The key set's own entry for the key that signed the token: only it carries the endorsements.
    private static string[] Endorsements(OpenIdConnectConfiguration configuration, SecurityToken token)
    {
        var kid = (token as JsonWebToken)?.Kid;
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == kid);
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value))
        {
            return [];
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToArray(),
            IEnumerable<object> list => list.Select(o => o?.ToString() ?? string.Empty).ToArray(),
            _ => [],
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A request to /api/messages was refused: {Reason}")]
    private partial void LogRefused(string reason);
}
