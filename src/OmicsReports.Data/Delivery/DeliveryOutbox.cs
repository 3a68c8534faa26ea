using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Reports;

namespace OmicsReports.Data.Delivery;

/// <summary>A delivery a worker holds: what to send where, and the token that lets it finish the row.</summary>
public sealed record DeliveryClaim(
    Guid Id, Guid LeaseToken, Guid VersionId, Guid CaseId, int Version, string Destination, DeliveryKind Kind, int Attempts, DateTimeOffset CreatedAt);

/// <summary>
/// The outbox side of delivery: queueing with the signature, claiming with a lease, and finishing an attempt. Claims are
/// one conditional UPDATE each (pending, due, lease free), so two workers (threads, processes or app nodes) never both
/// hold a row; finishing is conditional on the claim's token, so a worker whose lease ran out cannot overwrite the
/// outcome of the worker that took over.
/// </summary>
public sealed class DeliveryOutbox(IDbContextFactory<OmicsDbContext> contexts, IOptionsMonitor<DeliveryOptions> options, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Adds one pending row per enabled destination to <paramref name="db"/>, saved with the signature.</summary>
    public static void Queue(OmicsDbContext db, ReportVersionRecord version, DeliveryOptions settings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var destination in settings.Destinations.Where(d => d.Enabled))
        {
            db.Deliveries.Add(new DeliveryRecord
            {
                Id = Guid.NewGuid(),
                VersionId = version.Id,
                CaseId = version.CaseId,
                Version = version.Version,
                Destination = destination.Name,
                Kind = destination.Kind,
                Status = DeliveryStatus.Pending,
                NextAttemptAt = now,
                CreatedAt = now,
            });
        }
    }

    /// <summary>Takes the most overdue pending delivery whose lease is free, or returns null when none is due.</summary>
    public async Task<DeliveryClaim?> ClaimNextAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var until = now + TimeSpan.FromSeconds(options.CurrentValue.LeaseSeconds);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await db.Deliveries.AsNoTracking()
            .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeaseUntil == null || d.LeaseUntil < now))
            .OrderBy(d => d.NextAttemptAt).Select(d => d.Id).Take(8).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            var token = Guid.NewGuid();
            var claimed = await db.Deliveries
                .Where(d => d.Id == id && d.Status == DeliveryStatus.Pending && (d.LeaseUntil == null || d.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseUntil, until).SetProperty(d => d.LeaseToken, token), cancellationToken);
            if (claimed == 1)
            {
                var row = await db.Deliveries.AsNoTracking().SingleAsync(d => d.Id == id, cancellationToken);
                return new DeliveryClaim(row.Id, token, row.VersionId, row.CaseId, row.Version, row.Destination, row.Kind, row.Attempts, row.CreatedAt);
            }
        }

        return null;
    }

    /// <summary>Marks the claim delivered; false when the lease was lost to another worker meanwhile.</summary>
    public async Task<bool> CompleteAsync(DeliveryClaim claim, string detail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var done = await db.Deliveries.Where(d => d.Id == claim.Id && d.LeaseToken == claim.LeaseToken && d.Status == DeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeliveryStatus.Delivered).SetProperty(d => d.DeliveredAt, now)
                .SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null).SetProperty(d => d.LeaseToken, (Guid?)null).SetProperty(d => d.LastError, string.Empty), cancellationToken);
        await RecordAsync(AuditActions.Delivery, claim, done == 1 ? $"delivered: {detail}" : $"delivered, but another worker had taken the delivery over: {detail}", cancellationToken);
        return done == 1;
    }

    /// <summary>
    /// Counts a failed attempt: the row waits its backoff, or becomes a dead letter after
    /// <see cref="DeliveryOptions.MaxAttempts"/> failures. Returns the row's status, or null when the lease was lost.
    /// </summary>
    public async Task<DeliveryStatus?> FailAsync(DeliveryClaim claim, string error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var settings = options.CurrentValue;
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Deliveries.SingleOrDefaultAsync(d => d.Id == claim.Id && d.LeaseToken == claim.LeaseToken && d.Status == DeliveryStatus.Pending, cancellationToken);
        if (row is null)
        {
            await RecordAsync(AuditActions.Delivery, claim, $"failed after another worker had taken the delivery over: {error}", cancellationToken);
            return null;
        }

        row.Attempts++;
        row.LastError = error.Length > 2000 ? error[..2000] : error;
        row.LeaseUntil = null;
        row.LeaseToken = null;
        row.Status = row.Attempts >= settings.MaxAttempts ? DeliveryStatus.DeadLetter : DeliveryStatus.Pending;
        row.NextAttemptAt = now + settings.BackoffAfter(row.Attempts);
        await db.SaveChangesAsync(cancellationToken);
        var outcome = row.Status == DeliveryStatus.DeadLetter
            ? $"attempt {row.Attempts} failed, now a dead letter: {error}"
            : $"attempt {row.Attempts} failed, next attempt at {row.NextAttemptAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC: {error}";
        await RecordAsync(row.Status == DeliveryStatus.DeadLetter ? AuditActions.DeliveryDeadLetter : AuditActions.Delivery, claim, outcome, cancellationToken);
        return row.Status;
    }

    /// <summary>Audits one try inside an attempt (the quick retries), by the system rather than a person.</summary>
    public Task RecordAsync(string action, DeliveryClaim claim, string detail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return audit.RecordAsync(action, null, AuditTargets.ReportVersion, claim.VersionId.ToString(), string.Empty,
            $"version {claim.Version} to {claim.Destination} ({claim.Kind}), delivery {claim.Id}: {detail}", cancellationToken);
    }
}
