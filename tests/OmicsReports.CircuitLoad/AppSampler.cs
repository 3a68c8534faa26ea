using System.Globalization;

namespace OmicsReports.CircuitLoad;

/// <summary>One reading of the app process and the run: what the memory and CPU tables are made of.</summary>
public sealed record AppSample(DateTime At, int LiveCircuits, int Interactions, long RssBytes, double CpuShare, string LoadAverage);

/// <summary>
/// Reads the app's resident memory (VmRSS) and CPU time (utime + stime, as a share of one core over the interval)
/// from /proc every few seconds, beside the live circuit count; writes each sample as a CSV line if asked.
/// </summary>
internal sealed class AppSampler(int pid, LoadTally tally, string? csvPath)
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    private readonly List<AppSample> samples = [];

    public IReadOnlyList<AppSample> Samples => samples;

    public async Task RunAsync(TimeSpan every, CancellationToken cancellationToken)
    {
        await using var csv = csvPath is null ? null : new StreamWriter(csvPath) { AutoFlush = true };
        if (csv is not null)
        {
            await csv.WriteLineAsync("utc,live_circuits,interactions,rss_mb,cpu_share,loadavg_1m");
        }

        var lastTicks = CpuTicks();
        var lastAt = DateTime.UtcNow;
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var ticks = CpuTicks();
                var now = DateTime.UtcNow;
                var share = (ticks - lastTicks) / TicksPerSecond / (now - lastAt).TotalSeconds;
                (lastTicks, lastAt) = (ticks, now);
                var loadAverage = File.ReadAllText("/proc/loadavg").Split(' ')[0];
                var sample = new AppSample(now, tally.Live, tally.Interactions, RssBytes(), share, loadAverage);
                samples.Add(sample);
                if (csv is not null)
                {
                    await csv.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{now:O},{sample.LiveCircuits},{sample.Interactions},{sample.RssBytes / 1048576.0:0.0},{share:0.000},{loadAverage}"));
                }
            }
        }
        catch (OperationCanceledException)
        {
            // the run is over
        }
    }

    private long RssBytes()
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    private long CpuTicks()
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After the command: state(0) ppid(1) ... utime(11) stime(12).
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }
}
