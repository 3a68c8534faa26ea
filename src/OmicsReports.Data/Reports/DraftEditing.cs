using Microsoft.EntityFrameworkCore;

namespace OmicsReports.Data.Reports;

/// <summary>
/// Loads a version for a change and saves it with optimistic concurrency: the save succeeds only if nobody saved the
/// version since the editor opened it (<see cref="ReportVersionRecord.Revision"/>); otherwise the editor is told what
/// the stored draft holds now and keeps their own input.
/// </summary>
internal static class DraftEditing
{
    public static async Task<(ReportVersionRecord? Version, LifecycleResult? Refusal)> LoadAsync(
        OmicsDbContext db, Guid versionId, Guid expectedRevision, CancellationToken cancellationToken)
    {
        var version = await db.ReportVersions.Include(v => v.Case).FirstOrDefaultAsync(v => v.Id == versionId, cancellationToken);
        if (version is null)
        {
            return (null, LifecycleResult.NotFound());
        }

        if (version.Status.IsSigned())
        {
            return (null, LifecycleResult.Invalid($"Version {version.Version} is signed and can no longer change. Amend it to make a correction."));
        }

        if (version.Revision != expectedRevision)
        {
            return (null, ConflictWith(version));
        }

        // Make the UPDATE carry "WHERE Revision = expected", so a save racing ours is caught by the database too.
        db.Entry(version).Property(v => v.Revision).OriginalValue = expectedRevision;
        return (version, null);
    }

    /// <summary>Saves with a new revision; returns the conflict if another save won the race.</summary>
    public static async Task<LifecycleResult?> SaveAsync(OmicsDbContext db, ReportVersionRecord version, Actor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        version.Revision = Guid.NewGuid();
        version.UpdatedAt = now;
        version.UpdatedBy = actor.UserName;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.ReportVersions.AsNoTracking().FirstAsync(v => v.Id == version.Id, cancellationToken);
            return ConflictWith(current);
        }
    }

    private static LifecycleResult ConflictWith(ReportVersionRecord current) =>
        new(LifecycleOutcome.Conflict,
            $"{current.UpdatedBy} changed this version at {current.UpdatedAt:yyyy-MM-dd HH:mm} UTC, after you opened it. " +
            "Your text is kept below; compare it with theirs, then save again.")
        {
            Revision = current.Revision,
            Conflict = new DraftConflict(current.InterpretiveComment, current.UpdatedBy, current.UpdatedAt, ReportStatusText.Display(current.Status)),
        };
}
