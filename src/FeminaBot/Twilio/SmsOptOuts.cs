using System.Text;
using FeminaBot.Conversations.Storage;

namespace FeminaBot.Twilio;

/// <summary>
/// The numbers that texted STOP, kept in the state store (under their keyed hashes) so every
/// instance honours them until START.
/// </summary>
internal sealed class SmsOptOuts(IStorage storage, SmsNumberKeys keys)
{
    private static readonly byte[] Marker = Encoding.UTF8.GetBytes("""{"optedOut":true}""");

    public async Task<bool> IsOptedOutAsync(string number, CancellationToken cancellationToken) =>
        (await storage.ReadAsync([Key(number)], cancellationToken)).Count > 0;

    public Task OptOutAsync(string number, CancellationToken cancellationToken) =>
        storage.WriteAsync(new Dictionary<string, StoreItem> { [Key(number)] = new(Marker, ETags.Any) }, cancellationToken);

    public Task OptInAsync(string number, CancellationToken cancellationToken) =>
        storage.DeleteAsync([Key(number)], cancellationToken);

    private string Key(string number) => $"sms/optouts/{keys.User(number)}";
}
