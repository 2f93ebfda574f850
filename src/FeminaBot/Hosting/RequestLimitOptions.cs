using System.ComponentModel.DataAnnotations;

namespace FeminaBot.Hosting;

/// <summary>The top-level <c>MaxRequestBytes</c>: the largest request body any endpoint accepts; larger is answered 413.</summary>
public sealed class RequestLimitOptions
{
    /// <summary>256 KiB: no channel sends more in one request (Direct Line caps an activity at 256K).</summary>
    public const long DefaultMaxRequestBytes = 256 * 1024;

    // Below a few KiB, an ordinary Teams activity would be refused.
    [Range(4096, long.MaxValue)]
    public long MaxRequestBytes { get; set; } = DefaultMaxRequestBytes;
}
