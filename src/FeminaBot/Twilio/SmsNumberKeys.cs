using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace FeminaBot.Twilio;

/// <summary>
/// What stands for a phone number in the bot's state: its HMAC-SHA256 under a key of ours, in
/// base64url. The store (a SQLite file, a Redis dump, a backup) then holds no numbers, and without
/// the key nobody can hash every possible number to find one.
/// </summary>
/// <remarks>
/// The key is <c>Twilio:NumberHashSecret</c> when set, else derived from <c>Twilio:AuthToken</c>,
/// which every SMS deployment has and which is kept apart from the store, unlike a key stored beside
/// the hashes. Rotating the auth token then starts SMS conversations afresh: a triage under way is
/// asked again from the start, and a STOP is forgotten by the bot but not by Twilio, which keeps
/// blocking the number (and a refused send records it again). That is acceptable; operators who
/// rotate the token often set the secret.
/// </remarks>
internal sealed class SmsNumberKeys(IOptions<TwilioOptions> options)
{
    private readonly byte[] _key = HMACSHA256.HashData(
        Encoding.UTF8.GetBytes(options.Value.NumberHashSecret is { Length: > 0 } secret ? secret : options.Value.AuthToken),
        "FeminaBot SMS state keys"u8);

    /// <summary>The user id of the person texting from <paramref name="number"/>.</summary>
    public string User(string number) => Hash($"user\n{number}");

    /// <summary>The conversation id of <paramref name="from"/> texting our number <paramref name="to"/>.</summary>
    public string Conversation(string from, string to) => Hash($"conversation\n{from}\n{to}");

    private string Hash(string text) => Base64Url.EncodeToString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text)));
}
