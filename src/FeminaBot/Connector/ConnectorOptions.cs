namespace FeminaBot.Connector;

/// <summary>
/// How replies reach the Bot Connector service: the token endpoint and scope (the Bot Framework's
/// advanced setting names, top level) and the resilience of the calls (section <c>Connector</c>).
/// </summary>
public sealed class ConnectorOptions
{
    /// <summary>The configuration section for resilience.</summary>
    public const string Section = "Connector";

    /// <summary>The first wait before retrying a refused reply; it doubles each time, unless the connector says Retry-After.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public int MaxRetries { get; set; } = 4;

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many calls in 30 seconds the breaker needs to see before it may open.</summary>
    public int BreakerMinimumThroughput { get; set; } = 20;

    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
