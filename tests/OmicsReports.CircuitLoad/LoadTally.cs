using System.Collections.Concurrent;

namespace OmicsReports.CircuitLoad;

/// <summary>What the circuits did and what went wrong, counted across threads.</summary>
public sealed class LoadTally
{
    private readonly ConcurrentQueue<double> latencies = new();
    private readonly ConcurrentQueue<string> errors = new();
    private int interactions;
    private int clicks;
    private int live;
    private int opened;
    private int peak;

    public int Interactions => Volatile.Read(ref interactions);

    /// <summary>Protocol client only: clicks dispatched whose effect was seen (a "Why?" expanded, a tab shown).</summary>
    public int Clicks => Volatile.Read(ref clicks);

    public void Clicked() => Interlocked.Increment(ref clicks);

    /// <summary>Circuits whose page is up and interactive right now.</summary>
    public int Live => Volatile.Read(ref live);

    /// <summary>The most circuits live at once.</summary>
    public int Peak => Volatile.Read(ref peak);

    /// <summary>Circuits opened over the run (first loads and reloads).</summary>
    public int Opened => Volatile.Read(ref opened);

    public IReadOnlyList<string> Errors => [.. errors];

    /// <summary>
    /// Protocol client only: JS interop calls that expected a value the client could not give (answered with null),
    /// by identifier, with their counts.
    /// </summary>
    public ConcurrentDictionary<string, int> UnsatisfiedInterop { get; } = new(StringComparer.Ordinal);

    public void Succeeded(TimeSpan took)
    {
        Interlocked.Increment(ref interactions);
        latencies.Enqueue(took.TotalMilliseconds);
    }

    public void Failed(int circuit, string what) => errors.Enqueue($"{DateTime.UtcNow:HH:mm:ss} circuit {circuit}: {what}");

    public void CircuitUp()
    {
        var now = Interlocked.Increment(ref live);
        Interlocked.Increment(ref opened);
        int before;
        do
        {
            before = Volatile.Read(ref peak);
        }
        while (now > before && Interlocked.CompareExchange(ref peak, now, before) != before);
    }

    /// <summary>A page reload: one circuit closed, another opened; the live count stays.</summary>
    public void CircuitReplaced() => Interlocked.Increment(ref opened);

    public void CircuitDown() => Interlocked.Decrement(ref live);

    /// <summary>The latency below which <paramref name="fraction"/> of the interactions finished, in ms.</summary>
    public double Percentile(double fraction)
    {
        var sorted = latencies.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
    }
}
