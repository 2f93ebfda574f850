using System.Globalization;
using FeminaBot.Triage.Offices;

namespace FeminaBot.Triage.Content;

/// <summary>
/// Days, dates and times as a language writes them (dialogs/messages.yaml, <c>calendar</c>):
/// "Monday, November 30" and "7:00 AM" in English; "lunes 30 de noviembre" and "7:00 a. m." in Spanish.
/// </summary>
public sealed record Calendar(IReadOnlyList<string> Days, IReadOnlyList<string> Months, string DateFormat, string Am, string Pm)
{
    /// <summary>The day's name: "Monday".</summary>
    public string DayName(DayOfWeek day) => Days[(int)day];

    /// <summary>A date with its day: "Monday, November 30".</summary>
    public string Date(DateOnly date) => Messages.Fill(
        DateFormat,
        ("weekday", DayName(date.DayOfWeek)),
        ("month", Months[date.Month - 1]),
        ("day", date.Day.ToString(CultureInfo.InvariantCulture)));

    /// <summary>A time on the twelve-hour clock: "7:00 AM".</summary>
    public string Time(TimeOnly time) =>
        string.Create(CultureInfo.InvariantCulture, $"{(time.Hour + 11) % 12 + 1}:{time.Minute:00} {(time.Hour < 12 ? Am : Pm)}");

    /// <summary>An open day's hours: "7:00 AM – 6:00 PM".</summary>
    public string Range(OfficeDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return $"{Time(day.Opens)} – {Time(day.Closes)}";
    }
}
