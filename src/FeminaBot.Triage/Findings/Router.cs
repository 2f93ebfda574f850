using FeminaBot.Triage.Content;

namespace FeminaBot.Triage.Findings;

/// <summary>
/// The routes of docs/clinical-rules.md in order, the first that applies winning: emergency, provider, tbml, clinic.
/// Until the safety check is answered, or while a sign that could change the route is unknown, there is no route yet.
/// </summary>
public sealed class Router(RoutingRules rules)
{
    /// <summary>The route the findings decide, or null while more must be asked.</summary>
    public Route? Decide(KnownFindings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (findings.Emergency == true)
        {
            return Route.Emergency;
        }

        if (findings.Emergency is null)
        {
            return null;
        }

        if (rules.ProviderSigns.Any(id => findings.Get(id) == true))
        {
            return Route.Provider;
        }

        // Told signs (discharge, a lasting lump) are never asked: unknown is no.
        if (rules.ProviderSigns.Any(id => findings.Get(id) is null && rules.AskOrder.Contains(id)))
        {
            return null;
        }

        if (rules.TbmlSigns.Any(id => findings.Get(id) == true))
        {
            return Route.Tbml;
        }

        return rules.TbmlSigns.Any(id => findings.Get(id) is null) ? null : Route.Clinic;
    }

    /// <summary>What to ask next: <see cref="FindingIds.Emergency"/> for the safety check, else a finding id; null once decided.</summary>
    public string? NextQuestion(KnownFindings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (Decide(findings) is not null)
        {
            return null;
        }

        return findings.Emergency is null
            ? FindingIds.Emergency
            : rules.AskOrder.FirstOrDefault(id => findings.Get(id) is null);
    }
}
