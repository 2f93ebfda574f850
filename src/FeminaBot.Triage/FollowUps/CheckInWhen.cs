using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.FollowUps;

/// <summary>When a check-in comes, as the person reads it: "tomorrow at 8:00 AM", "hoy a las 3:15 p. m.".</summary>
internal static class CheckInWhen
{
    public static string Say(TriageContent content, DateTime localDue, DateTime localNow)
    {
        var messages = content.Messages;
        var time = content.Calendar.Time(TimeOnly.FromDateTime(localDue));
        var at = messages.Format(localDue.Hour % 12 == 1 ? MessageKeys.CheckInWhenAtOne : MessageKeys.CheckInWhenAt, ("time", time));
        var days = (localDue.Date - localNow.Date).Days;
        return days switch
        {
            <= 0 => messages.Format(MessageKeys.CheckInWhenToday, ("at", at)),
            1 => messages.Format(MessageKeys.CheckInWhenTomorrow, ("at", at)),
            _ => messages.Format(MessageKeys.CheckInWhenDay, ("at", at), ("weekday", content.Calendar.DayName(localDue.DayOfWeek))),
        };
    }
}
