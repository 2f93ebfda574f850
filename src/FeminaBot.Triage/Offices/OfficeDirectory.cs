using FeminaBot.Conversations.Recognition;

namespace FeminaBot.Triage.Offices;

/// <summary>The offices and the time zone their hours are in.</summary>
public sealed record OfficeDirectory(TimeZoneInfo TimeZone, IReadOnlyList<Office> Offices)
{
    // Office names and the places they serve, split into words once rather than on every message.
    private readonly (Office Office, IReadOnlyList<string> Words)[] _names =
        Offices.Select(o => (o, TextTokens.Split(o.Name))).ToArray();

    private readonly (Office Office, string Place, IReadOnlyList<string> Words)[] _places =
        Offices.SelectMany(o => o.Serves.Select(place => (o, place, TextTokens.Split(place)))).ToArray();

    /// <summary>An instant shown as the clinic's local time.</summary>
    public DateTime LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime;

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
