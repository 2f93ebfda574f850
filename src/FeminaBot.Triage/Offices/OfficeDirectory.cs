using FeminaBot.Conversations.Recognition;

namespace FeminaBot.Triage.Offices;

/// <summary>The offices and the time zone their hours are in.</summary>
public sealed record OfficeDirectory(TimeZoneInfo TimeZone, IReadOnlyList<Office> Offices)
{
    /// <summary>An instant shown as the clinic's local time.</summary>
    public DateTime LocalTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime;

    /// <summary>The offices named in the text ("Pasadena", "sherman oaks office"), in the order named.</summary>
    public IReadOnlyList<Office> Named(string? text)
    {
        var tokens = TextTokens.Split(text);
        return Offices
            .Select(office => (office, at: TextTokens.IndexOf(tokens, TextTokens.Split(office.Name), EditDistance.IsTypoOf)))
            .Where(x => x.at >= 0)
            .OrderBy(x => x.at)
            .Select(x => x.office)
            .ToList();
    }

    /// <summary>The office that serves a place the text names ("near Burbank"), with the place; null when none does.</summary>
    public (Office Office, string Place)? Serving(string? text)
    {
        var tokens = TextTokens.Split(text);
        (Office, string, int)? best = null;
        foreach (var office in Offices)
        {
            foreach (var place in office.Serves)
            {
                var words = TextTokens.Split(place);
                // The longest place name wins ("West Hollywood" over "Hollywood").
                if (TextTokens.IndexOf(tokens, words, EditDistance.IsTypoOf) >= 0 && (best is null || words.Count > best.Value.Item3))
                {
                    best = (office, place, words.Count);
                }
            }
        }

        return best is { } found ? (found.Item1, found.Item2) : null;
    }
}
