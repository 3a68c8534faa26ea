using System.Globalization;

namespace OmicsReports.Pdf.Benchmarks;

/// <summary>
/// CPU time used by this process and all its descendants (Playwright's driver, Chromium and its helpers), from
/// /proc. On a shared machine wall-clock times swing with other people's load; CPU time per export does not.
/// </summary>
internal static class ProcessCpu
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    public static TimeSpan OfTree(IEnumerable<int> pids) =>
        TimeSpan.FromSeconds(pids.Sum(pid =>
        {
            try
            {
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // After "pid (comm) ": state is field 0 here, utime field 11, stime field 12 (proc(5) fields 14 and 15).
                return (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
            }
            catch (IOException)
            {
                return 0;
            }
        }));
}
