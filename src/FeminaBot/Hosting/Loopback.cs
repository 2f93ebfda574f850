using System.Net;

namespace FeminaBot.Hosting;

/// <summary>What counts as this machine: a loopback address, or a URL whose host is one (or <c>localhost</c>).</summary>
internal static class Loopback
{
    public static bool Is(IPAddress? address) => address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    public static bool IsUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && Is(address));
}
