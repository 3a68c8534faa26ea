using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.Extensions.Options;

namespace OmicsReports.Web.Hosting;

/// <summary>
/// Lets at most <see cref="LoadSheddingOptions.MaxConcurrentRenders"/> server renders of pages (Razor component
/// endpoints) run at once, oldest first; the others wait their turn. A page render is CPU work from start to end, so
/// on a few cores more of them at once only share the cores: a burst of readers then all finish late together, and
/// the renders' allocations outlive the young-generation collections that would have freed them. Served in turn,
/// the first finish early and the burst drains at the same throughput. Only requests already admitted by load
/// shedding get here, so the wait is bounded by that gate's concurrency. APIs, downloads and PDF exports are not
/// gated: they wait on disks, databases or Chromium rather than render.
/// </summary>
internal sealed class RenderGate : IDisposable
{
    private static readonly object Passed = new();

    public RenderGate(IOptions<LoadSheddingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.Value.MaxConcurrentRenders,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    public ConcurrencyLimiter Limiter { get; }

    public void Dispose() => Limiter.Dispose();

    /// <summary>Runs the request, waiting for a turn first when its endpoint renders a page.</summary>
    public async Task PassAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        // A not-found or error page re-executed for a request that already rendered passes without a second turn.
        if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is null || !context.Items.TryAdd(Passed, true))
        {
            await next(context);
            return;
        }

        RateLimitLease lease;
        try
        {
            lease = await Limiter.AcquireAsync(1, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // the client left while waiting; nobody reads an answer
        }

        using (lease)
        {
            await next(context);
        }
    }
}
