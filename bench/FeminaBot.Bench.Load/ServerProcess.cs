using System.Globalization;

namespace FeminaBot.Bench.Load;

/// <summary>A server process's CPU time and memory, read from /proc (Linux).</summary>
public sealed record ServerProcess(double CpuSeconds, long RssKb, long PeakRssKb)
{
    /// <summary>Reads the process; null when it is gone or /proc is not there.</summary>
    public static ServerProcess? Read(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            var status = File.ReadAllLines($"/proc/{pid}/status");
            return new ServerProcess(ticks / 100.0, Kilobytes(status, "VmRSS:"), Kilobytes(status, "VmHWM:"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long Kilobytes(string[] status, string field) =>
        long.Parse(status.First(l => l.StartsWith(field, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
