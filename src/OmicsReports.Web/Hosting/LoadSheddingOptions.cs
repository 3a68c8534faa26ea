namespace OmicsReports.Web.Hosting;

/// <summary>
/// How many page and API requests one node works on at once, how many more may wait, and what a refused client is
/// told (Omics:Load). Defaults measured on the 2-core machine (docs/performance.md, "Report page under overload").
/// </summary>
public sealed record LoadSheddingOptions
{
    public const string Section = "Omics:Load";

    /// <summary>Requests served at the same time; more only add waiting on two cores.</summary>
    public int MaxConcurrentRequests { get; init; } = 16;

    /// <summary>
    /// Server renders of pages at the same time, among the admitted requests (<see cref="RenderGate"/>); by default
    /// two per core, measured on two cores (docs/performance.md, "Report page": p95 and throughput with 2, 4 and 16).
    /// </summary>
    public int MaxConcurrentRenders { get; init; } = 2 * Environment.ProcessorCount;

    /// <summary>Requests that wait for a turn (oldest first); one more is refused at once with 503.</summary>
    public int QueueLimit { get; init; } = 200;

    /// <summary>
    /// How long a request may wait for its turn before it is refused with 503. It bounds the wait in time, whatever the
    /// node's speed at the moment: a client that would otherwise time out (wrk and browsers' fetches after 2 s or so)
    /// is told to retry instead.
    /// </summary>
    public int QueueTimeoutMilliseconds { get; init; } = 1000;

    /// <summary>The Retry-After a refused client gets, in seconds.</summary>
    public int RetryAfterSeconds { get; init; } = 5;
}
