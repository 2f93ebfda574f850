using FeminaBot.Triage.Content;
using FeminaBot.Triage.Offices;

namespace FeminaBot.Triage.Findings;

/// <summary>The conversation's triage state: findings, the route once decided, the affected breast, and the last office question. Nothing else is kept.</summary>
public sealed class TriageState
{
    public KnownFindings Findings { get; set; } = new();

    /// <summary>The route, once decided; kept so the safety advice is repeated if the person comes back.</summary>
    public Route? Route { get; set; }

    /// <summary>left, right or both, once known.</summary>
    public string? Side { get; set; }

    public bool Welcomed { get; set; }

    /// <summary>The language the conversation speaks ("es"), once chosen; null until a first turn, and in a bot that speaks one.</summary>
    public string? Language { get; set; }

    /// <summary>The check-in the person agreed to, until it is sent or cancelled.</summary>
    public FollowUps.CheckIn? CheckIn { get; set; }

    /// <summary>The office question asked last, for a follow-up such as "and Pasadena?".</summary>
    public OfficeAsked? LastOffice { get; set; }
}
