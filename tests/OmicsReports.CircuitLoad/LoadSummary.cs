using System.Globalization;
using System.Text;

namespace OmicsReports.CircuitLoad;

/// <summary>
/// The figures of a run in words: circuits, interactions and their latency, errors, and the app's memory after
/// warm-up (the first minute of the steady phase is the baseline, the last minute the end; growth is end over
/// baseline) with its CPU share.
/// </summary>
public static class LoadSummary
{
    public static TimeSpan WarmUp { get; } = TimeSpan.FromMinutes(1);

    /// <summary>Growth of the app's RSS from the first to the last minute of the steady phase; null without samples.</summary>
    public static double? MemoryGrowth(LoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var steady = result.Samples.Where(s => s.At >= result.SteadyFrom).ToList();
        if (steady.Count < 2)
        {
            return null;
        }

        var first = steady.Where(s => s.At < steady[0].At + WarmUp).Average(s => (double)s.RssBytes);
        var last = steady.Where(s => s.At > steady[^1].At - WarmUp).Average(s => (double)s.RssBytes);
        return (last - first) / first;
    }

    public static string Describe(LoadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"circuits: {result.Circuits} asked, {result.PeakLive} live at peak, {result.Opened} opened in all (reloads included)");
        var clicks = result.Clicks > 0 ? string.Create(c, $" ({result.Clicks} of them clicks seen to take effect)") : string.Empty;
        text.AppendLine(c, $"interactions: {result.Interactions}, p50 {result.P50Ms:0} ms, p95 {result.P95Ms:0} ms{clicks}");
        text.AppendLine(c, $"errors: {result.Errors.Count}");
        foreach (var error in result.Errors.Take(20))
        {
            text.AppendLine(c, $"  {error}");
        }

        if (result.UnsatisfiedInterop.Count > 0)
        {
            var calls = string.Join(", ", result.UnsatisfiedInterop.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => $"{u.Key} ×{u.Value}"));
            text.AppendLine(c, $"JS interop calls answered with null although they expect a value: {calls}");
        }

        var steady = result.Samples.Where(s => s.At >= result.SteadyFrom).ToList();
        if (steady.Count > 0)
        {
            var rss = steady.Select(s => s.RssBytes / 1048576.0).ToList();
            text.AppendLine(c, $"app RSS in the steady phase: min {rss.Min():0} MB, max {rss.Max():0} MB, last {rss[^1]:0} MB; " +
                               $"growth after warm-up {MemoryGrowth(result):P1}");
            text.AppendLine(c, $"app CPU in the steady phase: mean {steady.Average(s => s.CpuShare):0.00} cores, max {steady.Max(s => s.CpuShare):0.00}");
            text.AppendLine(c, $"load average (1 min) in the steady phase: {string.Join(' ', steady.Select(s => s.LoadAverage).Distinct().Take(1))} first, {steady[^1].LoadAverage} last");
        }

        return text.ToString();
    }
}
