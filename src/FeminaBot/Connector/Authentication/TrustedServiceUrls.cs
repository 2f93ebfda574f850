using System.Collections.Concurrent;

namespace FeminaBot.Connector.Authentication;

/// <summary>The service URLs that arrived with a validated token: the only places the bot sends its own tokens.</summary>
internal sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, bool> _urls = new(StringComparer.OrdinalIgnoreCase);

    public void Trust(string serviceUrl) => _urls[Normalize(serviceUrl)] = true;

    public bool IsTrusted(Uri requestUri)
    {
        ArgumentNullException.ThrowIfNull(requestUri);
        var url = requestUri.ToString();
        return _urls.Keys.Any(trusted => url.StartsWith(trusted, StringComparison.OrdinalIgnoreCase));
    }

    private static string Normalize(string serviceUrl) => serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
}
