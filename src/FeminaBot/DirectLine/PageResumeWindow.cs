using FeminaBot.DirectLine.Logs;
using FeminaBot.FollowUps;
using Microsoft.Extensions.Options;

namespace FeminaBot.DirectLine;

/// <summary>
/// How long after its token expired a chat page may still come back to its conversation. Coming back
/// is for a check-in only: the page keeps its conversation from the yes until a day (the log's idle
/// limit) after the check-in is due, its token was valid at the yes, and the check-in is due at most
/// <c>FollowUp:Delay</c> plus the quiet hours after the yes. So a page still waiting holds a token that
/// expired at most Delay + quiet hours + idle limit ago (an hour more for a clock change in the night);
/// an older one is no page waiting for a check-in. With check-ins off, no page comes back.
/// </summary>
internal sealed class PageResumeWindow(IOptions<FollowUpOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan ClockChange = TimeSpan.FromHours(1);

    /// <summary>How long after expiring a token may still come back; null when check-ins are off.</summary>
    public TimeSpan? Length
    {
        get
        {
            var followUp = options.Value;
            if (!followUp.Enabled)
            {
                return null;
            }

            // TimeOnly's difference runs forward across midnight: 20:00 to 08:00 is 12 hours.
            var quiet = followUp.QuietFrom == followUp.QuietUntil ? TimeSpan.Zero : followUp.QuietUntil - followUp.QuietFrom + ClockChange;
            return followUp.Delay + quiet + IDirectLineLog.IdleLimit;
        }
    }

    /// <summary>Whether <paramref name="token"/>, valid or expired, may still come back to its conversation now.</summary>
    public bool Allows(DirectLineToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Length is { } length && clock.GetUtcNow() - token.Expires <= length;
    }
}
