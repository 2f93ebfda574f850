using System.Diagnostics;
using System.Globalization;
using System.Text;
using FeminaBot.Bench.Load;

// Usage: dotnet run -c Release --project bench/FeminaBot.Bench.Load -- <url of /api/messages> <concurrency> <max turns> <max seconds> [server pid]
if (args.Length < 4)
{
    Console.Error.WriteLine("usage: <url> <concurrency> <max turns> <max seconds> [server pid]");
    return 2;
}

var url = new Uri(args[0]);
var concurrency = int.Parse(args[1], CultureInfo.InvariantCulture);
var maxTurns = long.Parse(args[2], CultureInfo.InvariantCulture);
var deadline = TimeSpan.FromSeconds(double.Parse(args[3], CultureInfo.InvariantCulture));
int? pid = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : null;

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) });
var before = ServerProcess.Read(pid);
long started = 0, completed = 0, errors = 0;
var latencies = new List<double>[concurrency];
var clock = Stopwatch.StartNew();

// Each worker plays whole conversations, one turn after the previous answer arrived, no sleeping.
var workers = Enumerable.Range(0, concurrency).Select(async worker =>
{
    var mine = latencies[worker] = new List<double>(4096);
    for (var n = 0; ; n++)
    {
        var conversation = $"bench-{worker}-{n}-{Guid.NewGuid():N}";
        for (var turn = 0; turn < ConversationScript.Turns.Length; turn++)
        {
            if (Interlocked.Increment(ref started) > maxTurns || clock.Elapsed > deadline)
            {
                return;
            }

            var sent = Stopwatch.GetTimestamp();
            try
            {
                using var content = new StringContent(ConversationScript.Activity(conversation, turn), Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(url, content);
                await response.Content.ReadAsByteArrayAsync();
                Interlocked.Increment(ref response.IsSuccessStatusCode ? ref completed : ref errors);
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref errors);
            }

            mine.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
        }
    }
}).ToArray();
await Task.WhenAll(workers);
var elapsed = clock.Elapsed.TotalSeconds;
var after = ServerProcess.Read(pid);

var all = latencies.SelectMany(l => l).Order().ToArray();
double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)(all.Length * p))];
var line = string.Create(CultureInfo.InvariantCulture, $"concurrency {concurrency}: {completed / elapsed:F0} turns/s, p50 {Percentile(0.50):F2} ms, p95 {Percentile(0.95):F2} ms, p99 {Percentile(0.99):F2} ms, max {(all.Length > 0 ? all[^1] : 0):F2} ms, errors {errors}");
if (before is { } b && after is { } a)
{
    line += string.Create(CultureInfo.InvariantCulture, $", server CPU {a.CpuSeconds - b.CpuSeconds:F1} s, peak RSS {a.PeakRssKb / 1024.0:F0} MB");
}

Console.WriteLine(line);
return errors == 0 ? 0 : 1;
