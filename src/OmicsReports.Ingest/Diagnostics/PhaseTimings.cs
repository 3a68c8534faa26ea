using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace OmicsReports.Ingest.Diagnostics;

/// <summary>
/// Where a run's time goes, phase by phase (<c>omics report --timings</c>, docs/performance.md). A phase measured with
/// <see cref="Measure"/> records wall time and what the whole process spent meanwhile (CPU time over both cores, time
/// paused for garbage collection, bytes allocated), so CPU above wall shows a phase using more than one core. Work
/// that interleaves on several threads (distilling, serialising and writing each report) is summed per thread with
/// <see cref="Add"/> instead. Thread-safe; costs two clock reads per call, so it is always on when asked for.
/// </summary>
public sealed class PhaseTimings
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> order = new();
    private readonly Stopwatch total = Stopwatch.StartNew();

    /// <summary>Times a phase until the returned scope is disposed; repeated names add up.</summary>
    public Scope Measure(string phase) => new(this, phase);

    /// <summary><see cref="Measure"/> when timings were asked for, else a scope that records nothing.</summary>
    public static Scope Time(PhaseTimings? timings, string phase) => timings is null ? default : new(timings, phase);

    /// <summary>Adds thread time spent on <paramref name="phase"/> (one report's distillation on one thread, say).</summary>
    public void Add(string phase, TimeSpan threadTime) => Record(phase, new Entry(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, 0, threadTime));

    /// <summary>One line per phase, in the order phases first ran, then the process totals.</summary>
    public IEnumerable<string> Lines()
    {
        using var process = Process.GetCurrentProcess();
        yield return "phase                                      wall s   CPU s  GC pause s  allocated MB  thread s";
        foreach (var name in order)
        {
            var e = entries[name];
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{name,-40} {Seconds(e.Wall),8} {Seconds(e.Cpu),7} {Seconds(e.GcPause),11} {e.Allocated / (1024 * 1024),13} {Seconds(e.ThreadTime),9}");
        }

        yield return string.Create(CultureInfo.InvariantCulture,
            $"{"total (process)",-40} {Seconds(total.Elapsed),8} {Seconds(process.TotalProcessorTime),7} {Seconds(GC.GetTotalPauseDuration()),11} " +
            $"{GC.GetTotalAllocatedBytes() / (1024 * 1024),13}   peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MB, " +
            $"GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
    }

    private static string Seconds(TimeSpan span) => span == TimeSpan.Zero ? "-" : span.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    private void Record(string phase, Entry entry)
    {
        if (entries.TryAdd(phase, entry))
        {
            order.Enqueue(phase);
            return;
        }

        entries.AddOrUpdate(phase, entry, (_, e) => e.Plus(entry));
    }

    private sealed record Entry(TimeSpan Wall, TimeSpan Cpu, TimeSpan GcPause, long Allocated, TimeSpan ThreadTime)
    {
        public Entry Plus(Entry other) => new(Wall + other.Wall, Cpu + other.Cpu, GcPause + other.GcPause,
            Allocated + other.Allocated, ThreadTime + other.ThreadTime);
    }

    /// <summary>A phase being timed; dispose it when the phase ends.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly PhaseTimings? owner;
        private readonly string phase;
        private readonly long started;
        private readonly TimeSpan cpu;
        private readonly TimeSpan gc;
        private readonly long allocated;

        internal Scope(PhaseTimings owner, string phase)
        {
            this.owner = owner;
            this.phase = phase;
            started = Stopwatch.GetTimestamp();
            cpu = Environment.CpuUsage.TotalTime;
            gc = GC.GetTotalPauseDuration();
            allocated = GC.GetTotalAllocatedBytes();
        }

        public void Dispose() => owner?.Record(phase, new Entry(Stopwatch.GetElapsedTime(started), Environment.CpuUsage.TotalTime - cpu,
            GC.GetTotalPauseDuration() - gc, GC.GetTotalAllocatedBytes() - allocated, TimeSpan.Zero));
    }
}
