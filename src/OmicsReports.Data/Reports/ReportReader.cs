using Microsoft.EntityFrameworkCore;

namespace OmicsReports.Data.Reports;

/// <summary>Reads report versions for display. Snapshot JSON is read from the database only on a cache miss.</summary>
public sealed class ReportReader(IDbContextFactory<OmicsDbContext> contexts, SnapshotCache snapshots)
{
    /// <summary>The version <paramref name="version"/> of case <paramref name="caseId"/>, or null if there is none.</summary>
    public async Task<ReportVersionView?> LoadAsync(Guid caseId, int version, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await VersionsOfCase.For(db)(db, caseId).ToListAsync(cancellationToken);
        var row = rows.FirstOrDefault(r => r.Summary.Version == version);
        if (row is null)
        {
            return null;
        }

        var snapshot = await SnapshotAsync(db, row.Summary.Id, cancellationToken);
        return new ReportVersionView
        {
            PatientId = row.PatientId,
            CaseId = caseId,
            Summary = row.Summary,
            Case = snapshot.Case,
            Report = snapshot.Report,
            InterpretiveComment = row.InterpretiveComment,
            Hidden = HiddenImplication.Parse(row.HiddenImplicationsJson),
            AttestationStatement = row.AttestationStatement,
            Revision = row.Revision,
            UpdatedAt = row.UpdatedAt,
            UpdatedBy = row.UpdatedBy,
            History = rows.Select(r => r.Summary).ToList(),
        };
    }

    /// <summary>A case's versions, newest first, without their snapshots (read on every report view).</summary>
    private static readonly CompiledQuery<Func<OmicsDbContext, Guid, IAsyncEnumerable<VersionRow>>> VersionsOfCase = new(() =>
        EF.CompileAsyncQuery((OmicsDbContext db, Guid caseId) =>
            db.ReportVersions.AsNoTracking().Where(v => v.CaseId == caseId).OrderByDescending(v => v.Version)
                .Select(v => new VersionRow(
                    new VersionSummary(v.Id, v.Version, v.Status, v.Origin, v.CreatedAt, v.CreatedBy, v.AmendsVersion,
                        v.AmendmentReason, v.SignedAt, v.SignedByName, v.KnowledgeBaseVersion),
                    v.Case!.PatientId,
                    v.InterpretiveComment,
                    v.HiddenImplicationsJson,
                    v.AttestationStatement,
                    v.Revision,
                    v.UpdatedAt,
                    v.UpdatedBy))));

    /// <summary>The snapshots of any version, e.g. the other side of a diff.</summary>
    public async Task<VersionSnapshot?> LoadSnapshotAsync(Guid versionId, CancellationToken cancellationToken = default)
    {
        if (snapshots.TryGet(versionId, out var cached))
        {
            return cached;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ReportVersions.AnyAsync(v => v.Id == versionId, cancellationToken)
            ? await SnapshotAsync(db, versionId, cancellationToken)
            : null;
    }

    /// <summary>The newest version number of a case, for links that should open "the current report".</summary>
    public async Task<int?> LatestVersionAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => (int?)c.LatestVersion).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<VersionSnapshot> SnapshotAsync(OmicsDbContext db, Guid versionId, CancellationToken cancellationToken)
    {
        if (snapshots.TryGet(versionId, out var cached))
        {
            return cached;
        }

        var json = await db.ReportVersions.AsNoTracking().Where(v => v.Id == versionId)
            .Select(v => new { v.CaseJson, v.ReportJson }).FirstAsync(cancellationToken);
        return snapshots.GetOrRead(versionId, json.CaseJson, json.ReportJson);
    }

    private sealed record VersionRow(
        VersionSummary Summary,
        Guid PatientId,
        string InterpretiveComment,
        string HiddenImplicationsJson,
        string? AttestationStatement,
        Guid Revision,
        DateTimeOffset UpdatedAt,
        string UpdatedBy);
}
