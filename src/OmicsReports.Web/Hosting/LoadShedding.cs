using System.Threading.RateLimiting;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.Options;

namespace OmicsReports.Web.Hosting;

/// <summary>
/// Sheds load early: page and API requests beyond <see cref="LoadSheddingOptions.MaxConcurrentRequests"/> wait in a
/// short queue, and beyond that are answered at once with 503 and Retry-After, before sign-in checks or the database
/// are touched, so an overloaded node keeps serving the requests it accepted instead of letting all of them time out.
/// The circuits' connection (/_blazor), static files (the theme's stylesheet among them) and /health are never limited: a live report must not be cut
/// off, a page that was served must get its scripts, and a load balancer must see the node alive.
/// </summary>
internal static class LoadShedding
{
    private static readonly object Admitted = new();

    public static IServiceCollection AddOmicsLoadShedding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LoadSheddingOptions>().Bind(configuration.GetSection(LoadSheddingOptions.Section))
            .Validate(o => o.MaxConcurrentRequests >= 1 && o.MaxConcurrentRenders >= 1 && o.QueueLimit >= 0 && o.RetryAfterSeconds >= 1 && o.QueueTimeoutMilliseconds >= 1,
                $"{LoadSheddingOptions.Section}: MaxConcurrentRequests, MaxConcurrentRenders, RetryAfterSeconds and QueueTimeoutMilliseconds must be at least 1, QueueLimit at least 0.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<LoadSheddingOptions>>().Value;
            return new ConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = options.MaxConcurrentRequests,
                QueueLimit = options.QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
        });
        services.AddSingleton<RenderGate>();
        return services;
    }

    /// <summary>After routing (to recognise static assets) and before authentication.</summary>
    public static IApplicationBuilder UseOmicsLoadShedding(this IApplicationBuilder app)
    {
        var limiter = app.ApplicationServices.GetRequiredService<ConcurrencyLimiter>();
        var options = app.ApplicationServices.GetRequiredService<IOptions<LoadSheddingOptions>>().Value;
        var queueTimeout = TimeSpan.FromMilliseconds(options.QueueTimeoutMilliseconds);
        return app.Use(async (context, next) =>
        {
            // A request re-executed for its error or not-found page was admitted (or exempt) on its first pass: asking
            // again would make it wait for itself.
            if (!context.Items.TryAdd(Admitted, true) || IsExempt(context))
            {
                await next(context);
                return;
            }

            using var lease = await AdmitAsync(limiter, queueTimeout, context.RequestAborted);
            if (lease is null || !lease.IsAcquired)
            {
                await BusyResponse.WriteAsync(context, options.RetryAfterSeconds, BusyResponse.Overloaded);
                return;
            }

            await next(context);
        });
    }

    /// <summary>The last step before the endpoint (routing, sign-in and authorization have run): see <see cref="RenderGate"/>.</summary>
    public static IApplicationBuilder UseOmicsRenderGate(this IApplicationBuilder app)
    {
        var gate = app.ApplicationServices.GetRequiredService<RenderGate>();
        return app.Use(gate.PassAsync);
    }

    /// <summary>A permit, a refusal (queue full), or null when the wait in the queue ran out.</summary>
    private static async Task<RateLimitLease?> AdmitAsync(ConcurrencyLimiter limiter, TimeSpan queueTimeout, CancellationToken aborted)
    {
        var lease = limiter.AttemptAcquire(1);
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        waiting.CancelAfter(queueTimeout);
        try
        {
            return await limiter.AcquireAsync(1, waiting.Token);
        }
        catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
        {
            return null;
        }
    }

    public static bool IsExempt(HttpContext context)
    {
        var path = context.Request.Path;
        return path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/_framework", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/_content", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments(Reporting.Theme.ThemeStylesheet.Path, StringComparison.OrdinalIgnoreCase)
            || context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;
    }
}
