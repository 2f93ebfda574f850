using System.Globalization;

namespace FeminaBot.Bench.Load;

/// <summary>The server's CPU time and peak resident memory, read from /proc.</summary>
internal static class ServerProcess
{
    public static (double CpuSeconds, long PeakRssKb)? Read(int? pid)
    {
        if (pid is not { } id || !File.Exists($"/proc/{id}/stat"))
        {
            return null;
        }

        var stat = File.ReadAllText($"/proc/{id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        var peak = File.ReadLines($"/proc/{id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kb = long.Parse(peak.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return (ticks / 100.0, kb);
    }
}
