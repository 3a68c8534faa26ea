using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Knowledge;
using OmicsReports.Data.Reports;

namespace OmicsReports.Data;

/// <summary>
/// Refuses, before anything reaches the database, changes that records of record must never undergo.
/// The database enforces the same rules with triggers, so raw SQL cannot bypass them either.
/// </summary>
internal static class AppendOnlyGuard
{
    public static void Check(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries<AuditEntry>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException($"Audit entry {entry.Entity.Id} cannot be changed or deleted: the audit trail is append-only.");
            }
        }

        foreach (var entry in tracker.Entries<ReportCommentRecord>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException($"Comment {entry.Entity.Id} cannot be changed or deleted: comments are append-only.");
            }
        }

        foreach (var entry in tracker.Entries<KnowledgeReleaseRecord>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException($"Knowledge release {entry.Entity.Version} cannot be changed or deleted: the releases seen are append-only.");
            }
        }
    }
}
