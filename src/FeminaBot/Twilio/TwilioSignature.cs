using System.Security.Cryptography;
using System.Text;

namespace FeminaBot.Twilio;

/// <summary>
/// Twilio's <c>X-Twilio-Signature</c>: HMAC-SHA1, keyed with the auth token, over the webhook URL
/// followed by every POST parameter's name and value, sorted by name (ordinal), Base64-encoded.
/// Like Twilio's own libraries it accepts the URL with or without the default port.
/// </summary>
public static class TwilioSignature
{
    /// <summary>The signature Twilio would send for the URL and parameters.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350:Do not use weak cryptographic algorithms", Justification = "Twilio signs its webhooks with HMAC-SHA1; the algorithm is theirs, not ours to choose.")]
    public static string Compute(string url, IEnumerable<KeyValuePair<string, string>> parameters, string authToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(authToken);
        var signed = new StringBuilder(url);
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
        {
            signed.Append(name).Append(value);
        }

        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(signed.ToString())));
    }

    /// <summary>Whether <paramref name="signature"/> is Twilio's for the URL (with or without its default port) and parameters.</summary>
    public static bool IsValid(string? signature, string url, IReadOnlyList<KeyValuePair<string, string>> parameters, string authToken)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(authToken))
        {
            return false;
        }

        var given = Encoding.ASCII.GetBytes(signature);
        return UrlVariants(url).Any(variant =>
            CryptographicOperations.FixedTimeEquals(given, Encoding.ASCII.GetBytes(Compute(variant, parameters, authToken))));
    }

    // The URL as given, and with its default port written out or left out.
    private static IEnumerable<string> UrlVariants(string url)
    {
        yield return url;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !uri.IsDefaultPort)
        {
            yield break;
        }

        var start = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = url.IndexOfAny(['/', '?', '#'], start);
        var rest = end < 0 ? string.Empty : url[end..];
        var prefix = url[..start] + uri.Host;
        var defaultPort = uri.Scheme == Uri.UriSchemeHttps ? ":443" : ":80";
        foreach (var variant in new[] { prefix + defaultPort + rest, prefix + rest })
        {
            if (variant != url)
            {
                yield return variant;
            }
        }
    }
}
