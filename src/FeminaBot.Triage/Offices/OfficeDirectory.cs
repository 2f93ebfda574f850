using FeminaBot.Conversations.Recognition;

namespace FeminaBot.Triage.Offices;

/// <summary>The offices, the time zone their hours are in, and the dated closures and changes of hours.</summary>
public sealed record OfficeDirectory(TimeZoneInfo TimeZone, IReadOnlyList<Office> Offices)
{
    // Office names and the places they serve, split into words once rather than on every message.
    private readonly (Office Office, IReadOnlyList<string> Words)[] _names =
        Offices.Select(o => (o, TextTokens.Split(o.Name))).ToArray();

    private readonly (Office Office, string Place, IReadOnlyList<string> Words)[] _places =
        Offices.SelectMany(o => o.Serves.Select(place => (o, place, TextTokens.Split(place)))).ToArray();

    /// <summary>Holidays, offices closed for a while, shorter days: each overrides the week's plan on its dates.</summary>
    public IReadOnlyList<Closure> Closures { get; init; } = [];

    /// <summary>
    /// Until when the phones are answered on a "call to schedule" day: the latest any office closes
    /// on any day (no office is open later).
    /// </summary>
    public TimeOnly CallsUntil => Offices.SelectMany(o => o.Hours.Values).Where(d => d.Kind == OfficeDayKind.Open).Select(d => d.Closes).DefaultIfEmpty(new TimeOnly(18, 0)).Max();

    /// <summary>An instant shown as the clinic's local time.</summary>
    public DateTime LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime;

    /// <summary>The office's plan for a date: a closure or change of hours on it, or the week's plan for its weekday.</summary>
    public OfficeDay On(Office office, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(office);
        foreach (var closure in Closures)
        {
            if (closure.Covers(office, date))
            {
                return closure.Day;
            }
        }

        return office.On(date.DayOfWeek);
    }

    /// <summary>The closures and changes of hours for the office between two dates (both included), by date.</summary>
    public IEnumerable<(DateOnly Date, OfficeDay Day)> Changes(Office office, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(office);
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var day = On(office, date);
            if (day.Closure is not null)
            {
                yield return (date, day);
            }
        }
    }

    /// <summary>The offices named in the text ("Pasadena", "sherman oaks office"), in the order named.</summary>
    public IReadOnlyList<Office> Named(string? text) => Named(TextTokens.Split(text));

    /// <summary>The offices named among the words, in the order named.</summary>
    public IReadOnlyList<Office> Named(IReadOnlyList<string> tokens) =>
        _names
            .Select(n => (n.Office, At: TextTokens.IndexOf(tokens, n.Words, EditDistance.IsTypoOf)))
            .Where(x => x.At >= 0)
            .OrderBy(x => x.At)
            .Select(x => x.Office)
            .ToList();

    /// <summary>The offices with these names, in the order given; unknown names are passed over.</summary>
    public IReadOnlyList<Office> WithNames(IEnumerable<string> names) =>
        names.Select(n => Offices.FirstOrDefault(o => string.Equals(o.Name, n, StringComparison.OrdinalIgnoreCase))).OfType<Office>().ToList();

    /// <summary>The office that serves a place the text names ("near Burbank"), with the place; null when none does.</summary>
    public (Office Office, string Place)? Serving(string? text) => Serving(TextTokens.Split(text));

    /// <summary>The office that serves a place named among the words, with the place; null when none does.</summary>
    public (Office Office, string Place)? Serving(IReadOnlyList<string> tokens)
    {
        (Office, string, int)? best = null;
        foreach (var (office, place, words) in _places)
        {
            // The longest place name wins ("West Hollywood" over "Hollywood").
            if ((best is null || words.Count > best.Value.Item3) && TextTokens.IndexOf(tokens, words, EditDistance.IsTypoOf) >= 0)
            {
                best = (office, place, words.Count);
            }
        }

        return best is { } found ? (found.Item1, found.Item2) : null;
    }
}
