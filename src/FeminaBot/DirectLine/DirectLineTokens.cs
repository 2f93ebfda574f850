using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FeminaBot.DirectLine.Logs;
using Microsoft.Extensions.Options;

namespace FeminaBot.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: compact JWTs signed with HMAC-SHA256, bound to one
/// conversation and one user. The user id rides in a <c>user</c> claim, which DirectLineJS reads.
/// </summary>
internal sealed class DirectLineTokens
{
    private static readonly byte[] Header = Encoding.UTF8.GetBytes(Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8));
    private readonly TimeProvider _clock;
    private readonly DirectLineOptions _options;
    private readonly ITokenKeyStore _keyStore;
    private byte[]? _key;

    /// <summary>Tokens signed with a key from the secret when there is one; otherwise with the key kept in <paramref name="keyStore"/>.</summary>
    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider clock, ITokenKeyStore keyStore)
    {
        _options = options.Value;
        _clock = clock;
        _keyStore = keyStore;
        if (!string.IsNullOrEmpty(_options.Secret))
        {
            _key = SHA256.HashData(Encoding.UTF8.GetBytes("FeminaBot Direct Line token key:" + _options.Secret));
        }
    }

    // The stored key is loaded on first use and kept once it loads (a store that is down is tried
    // again next time); two threads loading at once get the same key.
    private byte[] Key => _key ??= _keyStore.Load();

    /// <summary>How long tokens live, in seconds, as <c>expires_in</c> says it.</summary>
    public int LifetimeSeconds => (int)_options.TokenLifetime.TotalSeconds;

    /// <summary>Whether <paramref name="credential"/> is the configured secret (compared in constant time).</summary>
    public bool IsSecret(string credential) =>
        _options.Secret.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), Encoding.UTF8.GetBytes(_options.Secret));

    /// <summary>A new token for the conversation and user.</summary>
    public string Issue(string conversationId, string userId)
    {
        var claims = new TokenClaims(conversationId, userId, _clock.GetUtcNow().Add(_options.TokenLifetime).ToUnixTimeSeconds());
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims, DirectLineJsonContext.Default.TokenClaims));
        var signed = $"{Encoding.UTF8.GetString(Header)}.{payload}";
        return $"{signed}.{Base64Url.EncodeToString(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(signed)))}";
    }

    /// <summary>Reads a token: null when it is not one of ours or was tampered with; expired ones are returned for the caller to refuse.</summary>
    public DirectLineToken? Read(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || !Base64Url.IsValid(parts[2]))
        {
            return null;
        }

        var expected = HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes($"{parts[0]}.{parts[1]}"));
        if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url.DecodeFromChars(parts[2])))
        {
            return null;
        }

        try
        {
            var claims = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(parts[1]), DirectLineJsonContext.Default.TokenClaims);
            return claims is null ? null : new DirectLineToken(claims.Conversation, claims.User, DateTimeOffset.FromUnixTimeSeconds(claims.Expires));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public bool IsExpired(DirectLineToken token) => token.Expires <= _clock.GetUtcNow();

    internal sealed record TokenClaims(
        [property: JsonPropertyName("conv")] string Conversation,
        [property: JsonPropertyName("user")] string User,
        [property: JsonPropertyName("exp")] long Expires);
}
