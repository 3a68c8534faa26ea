using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace OmicsReports.Data.Reports;

/// <summary>
/// The data-layer half of report immutability (the other half is the PostgreSQL trigger of the
/// AddReportVersions migration): a signed version cannot be changed or deleted, and no version's snapshots can
/// be changed at all. Checked in <see cref="OmicsDbContext"/> before every save.
/// </summary>
internal static class SignedReportGuard
{
    /// <summary>Columns that are written once, when the version is created.</summary>
    internal static readonly string[] Snapshot =
    [
        nameof(ReportVersionRecord.CaseId), nameof(ReportVersionRecord.Version), nameof(ReportVersionRecord.CaseJson),
        nameof(ReportVersionRecord.ReportJson), nameof(ReportVersionRecord.InputSha256),
        nameof(ReportVersionRecord.KnowledgeBaseVersion), nameof(ReportVersionRecord.KnowledgeBaseSha256),
        nameof(ReportVersionRecord.CreatedAt), nameof(ReportVersionRecord.CreatedBy), nameof(ReportVersionRecord.Origin),
        nameof(ReportVersionRecord.AmendsVersion), nameof(ReportVersionRecord.AmendmentReason),
    ];

    public static void Check(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<ReportVersionRecord>())
        {
            if (entry.State is not (EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var original = (ReportStatus)entry.OriginalValues[nameof(ReportVersionRecord.Status)]!;
            if (original.IsSigned())
            {
                throw new SignedReportException(entry.Entity.Id, entry.State == EntityState.Deleted
                    ? "it is signed and cannot be deleted"
                    : "it is signed and cannot be changed; amend it instead");
            }

            if (entry.State == EntityState.Modified)
            {
                var changed = Snapshot.FirstOrDefault(p => entry.Property(p).IsModified &&
                    !Equals(entry.Property(p).OriginalValue, entry.Property(p).CurrentValue));
                if (changed is not null)
                {
                    throw new SignedReportException(entry.Entity.Id, $"its {changed} is part of the immutable snapshot");
                }
            }
        }
    }
}

/// <summary>Thrown when code tries to change what a signed report or a snapshot fixed for good.</summary>
public sealed class SignedReportException(Guid versionId, string why)
    : InvalidOperationException($"Report version {versionId} was not saved: {why}.")
{
    public Guid VersionId { get; } = versionId;
}
