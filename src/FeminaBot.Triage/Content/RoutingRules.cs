namespace FeminaBot.Triage.Content;

/// <summary>The thresholds, route rules and question order of dialogs/routing.yaml.</summary>
public sealed record RoutingRules(
    TemperatureRules Temperature,
    IReadOnlyList<string> ProviderSigns,
    IReadOnlyList<string> TbmlSigns,
    IReadOnlyList<string> AskOrder,
    IReadOnlySet<string> UnsureCountsAsYes);

/// <summary>Temperature thresholds in both scales, and how a bare number is placed.</summary>
public sealed record TemperatureRules(
    double FeverFahrenheit,
    double FeverCelsius,
    double EmergencyFahrenheit,
    double EmergencyCelsius,
    (double From, double To) BareCelsius,
    (double From, double To) BareFahrenheit);
