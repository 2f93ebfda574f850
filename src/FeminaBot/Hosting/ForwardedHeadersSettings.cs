namespace FeminaBot.Hosting;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed
/// (section <c>ForwardedHeaders</c>). A request from any other address keeps its own address,
/// whatever headers it sends, so nobody can pick the address that rate limits count.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>The proxies' addresses, such as <c>10.0.0.5</c>. With neither list set, only loopback (a proxy on this machine) is trusted.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>The proxies' networks in CIDR notation, such as <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];
}
