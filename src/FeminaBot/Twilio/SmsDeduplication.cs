using System.Text;
using FeminaBot.Conversations.Storage;

namespace FeminaBot.Twilio;

/// <summary>
/// Remembers each MessageSid in the state store, created only if absent, so a webhook Twilio sends
/// twice runs its turn once, on whichever instance gets it first.
/// </summary>
internal sealed class SmsDeduplication(IStorage storage)
{
    private static readonly byte[] Seen = Encoding.UTF8.GetBytes("{}");

    /// <summary>True the first time a MessageSid is seen, false after.</summary>
    public async Task<bool> FirstTimeAsync(string messageSid, CancellationToken cancellationToken)
    {
        try
        {
            await storage.WriteAsync(new Dictionary<string, StoreItem> { [$"sms/messages/{messageSid}"] = new(Seen, null) }, cancellationToken);
            return true;
        }
        catch (StoreConcurrencyException)
        {
            return false;
        }
    }
}
