using System.Text.Json;
using System.Text.Json.Serialization;
using FeminaBot.Conversations.Schema;

namespace FeminaBot.FollowUps;

/// <summary>
/// What the chat page hears of its conversation's check-in, as an event Web Chat does not show:
/// <c>feminabot.checkIn</c> with <c>{"due":…,"until":…}</c> when one is kept (chat.js then keeps the
/// conversation to come back to, until <c>until</c>), and with no value when it is cancelled (chat.js forgets it).
/// </summary>
internal static class CheckInEvent
{
    public const string Name = "feminabot.checkIn";

    public static Activity Pending(DateTimeOffset due, DateTimeOffset until) => new()
    {
        Type = ActivityTypes.Event,
        Name = Name,
        Value = JsonSerializer.SerializeToElement(new PendingCheckInValue(due.ToUniversalTime(), until.ToUniversalTime()), CheckInEventJson.Default.PendingCheckInValue),
    };

    public static Activity Cancelled() => new() { Type = ActivityTypes.Event, Name = Name };
}

/// <summary>When the check-in is due, and until when the page may come back for it.</summary>
internal sealed record PendingCheckInValue(DateTimeOffset Due, DateTimeOffset Until);

[JsonSerializable(typeof(PendingCheckInValue))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class CheckInEventJson : JsonSerializerContext;
