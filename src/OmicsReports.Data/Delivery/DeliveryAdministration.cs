using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;

namespace OmicsReports.Data.Delivery;

/// <summary>A delivery as the admin page lists it: no patient data, the sample id and version name the report.</summary>
public sealed record DeliveryView(
    Guid Id, string SampleId, int Version, string Destination, DeliveryKind Kind, DeliveryStatus Status, int Attempts,
    string LastError, DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt, DateTimeOffset? DeliveredAt, bool InProgress);

/// <summary>The admin page's view of the outbox: dead letters first, and the retry of one, for administrators only.</summary>
public sealed class DeliveryAdministration(IDbContextFactory<OmicsDbContext> contexts, IAuthorizationService authorization, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Dead letters, then pending, then the newest delivered rows; at most <paramref name="take"/>.</summary>
    public async Task<IReadOnlyList<DeliveryView>> ListAsync(int take = 200, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Deliveries.AsNoTracking()
            .OrderBy(d => d.Status == DeliveryStatus.DeadLetter ? 0 : d.Status == DeliveryStatus.Pending ? 1 : 2)
            .ThenByDescending(d => d.CreatedAt).Take(take)
            .Join(db.Cases, d => d.CaseId, c => c.Id, (d, c) => new { d, c.SampleId })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new DeliveryView(r.d.Id, r.SampleId, r.d.Version, r.d.Destination, r.d.Kind, r.d.Status, r.d.Attempts, r.d.LastError,
            r.d.CreatedAt, r.d.NextAttemptAt, r.d.DeliveredAt, r.d.LeaseUntil is { } lease && lease > now))];
    }

    /// <summary>Puts a dead letter back in the queue with a fresh count of attempts; audited with the administrator's name.</summary>
    public async Task<LifecycleResult> RetryAsync(Actor actor, Guid deliveryId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!(await authorization.AuthorizeAsync(actor.User, Policies.Administer)).Succeeded)
        {
            return LifecycleResult.Denied("retry deliveries");
        }

        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Deliveries.AsNoTracking().SingleOrDefaultAsync(d => d.Id == deliveryId, cancellationToken);
        if (row is null)
        {
            return LifecycleResult.NotFound();
        }

        var reset = await db.Deliveries.Where(d => d.Id == deliveryId && d.Status == DeliveryStatus.DeadLetter)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Pending).SetProperty(d => d.Attempts, 0)
                .SetProperty(d => d.NextAttemptAt, now).SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null).SetProperty(d => d.LeaseToken, (Guid?)null), cancellationToken);
        if (reset == 0)
        {
            return LifecycleResult.Invalid($"The delivery to {row.Destination} is not a dead letter (it is {row.Status}); nothing was changed.");
        }

        await audit.RecordAsync(AuditActions.DeliveryRetry, actor.User, AuditTargets.ReportVersion, row.VersionId.ToString(), actor.RemoteAddress,
            $"version {row.Version} to {row.Destination} ({row.Kind}), delivery {row.Id}: queued again after {row.Attempts} failed attempts", cancellationToken);
        return LifecycleResult.Done($"The delivery of version {row.Version} to {row.Destination} is queued again.");
    }
}
