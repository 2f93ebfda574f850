using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace FeminaBot.Twilio;

/// <summary>
/// Seals the phone numbers a check-in is texted to (AES-GCM under a key derived, like
/// <see cref="SmsNumberKeys"/>, from <c>Twilio:NumberHashSecret</c> or the auth token), so the store that
/// keeps the check-in for a day holds no number in the clear. A sealed address that was tampered with,
/// or sealed under another key, does not open.
/// </summary>
internal sealed class SmsNumberSeal(IOptions<TwilioOptions> options)
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private readonly byte[] _key = HMACSHA256.HashData(
        Encoding.UTF8.GetBytes(options.Value.NumberHashSecret is { Length: > 0 } secret ? secret : options.Value.AuthToken),
        "FeminaBot SMS check-in addresses"u8);

    public string Seal(SmsNumbers numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        var plain = JsonSerializer.SerializeToUtf8Bytes(numbers, SmsNumbersJson.Default.SmsNumbers);
        var sealedBytes = new byte[NonceBytes + TagBytes + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes));
        return Base64Url.EncodeToString(sealedBytes);
    }

    /// <summary>The numbers, or null when the seal does not open.</summary>
    public SmsNumbers? Open(string sealedNumbers)
    {
        ArgumentNullException.ThrowIfNull(sealedNumbers);
        if (!Base64Url.IsValid(sealedNumbers) || Base64Url.DecodeFromChars(sealedNumbers) is not { Length: > NonceBytes + TagBytes } bytes)
        {
            return null;
        }

        var plain = new byte[bytes.Length - NonceBytes - TagBytes];
        try
        {
            using var aes = new AesGcm(_key, TagBytes);
            aes.Decrypt(bytes.AsSpan(0, NonceBytes), bytes.AsSpan(NonceBytes + TagBytes), bytes.AsSpan(NonceBytes, TagBytes), plain);
            return JsonSerializer.Deserialize(plain, SmsNumbersJson.Default.SmsNumbers);
        }
        catch (Exception e) when (e is AuthenticationTagMismatchException or JsonException)
        {
            return null;
        }
    }
}
