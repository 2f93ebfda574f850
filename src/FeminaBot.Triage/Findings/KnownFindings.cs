namespace FeminaBot.Triage.Findings;

/// <summary>What triage knows so far, kept in conversation state: each sign's answer, the highest reading, the safety check.</summary>
public sealed class KnownFindings
{
    /// <summary>Each sign's answer by finding id; a sign not listed is still unknown.</summary>
    public Dictionary<string, bool> Signs { get; init; } = new(StringComparer.Ordinal);

    /// <summary>The safety check's answer: true when any emergency sign is present, null until answered.</summary>
    public bool? Emergency { get; set; }

    /// <summary>Which emergency signs were named, such as <c>harm</c>.</summary>
    public List<string> EmergencySigns { get; init; } = [];

    /// <summary>Spreading redness, dark skin or pus was told, in any message.</summary>
    public bool SevereSign { get; set; }

    /// <summary>She said she feels very ill, in any message.</summary>
    public bool FeelsVeryIll { get; set; }

    /// <summary>The highest temperature given, in Fahrenheit.</summary>
    public double? HighestFahrenheit { get; set; }

    /// <summary>The answer for a sign, or null while unknown.</summary>
    public bool? Get(string id) => Signs.TryGetValue(id, out var value) ? value : null;
}
