using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OmicsReports.Data.Patients;
using OmicsReports.Data.Reports;
using OmicsReports.Domain.Knowledge.Changes;
using OmicsReports.Domain.Reports;
using OmicsReports.Domain.Serialization;

namespace OmicsReports.Data.Knowledge;

/// <summary>One affected case of a run, for the worklist.</summary>
public sealed record AffectedCase(
    Guid RowId, Guid CaseId, string Patient, string? Mrn, string SampleId, int Version, ReportStatus Status, CaseChange Kinds, string Summary);

public sealed record AffectedPage(Guid? RunId, string? KnowledgeBaseVersion, IReadOnlyList<AffectedCase> Rows, int Total);

/// <summary>A case's stored version beside its re-evaluation, with what changed.</summary>
public sealed record ReanalysisDetail(
    Guid RowId, Guid RunId, Guid CaseId, Guid VersionId, int Version, ReportStatus Status, string Patient, string? Mrn, string SampleId,
    string StoredKnowledgeBase, string NewKnowledgeBase, OmicsReport Stored, OmicsReport Reevaluated,
    IReadOnlyList<ImplicationChange> Changes, bool Superseded)
{
    /// <summary>Only the newest version, when it is signed, may be amended from here.</summary>
    public bool CanAmend => Status.IsSigned() && !Superseded;
}

/// <summary>Reads reanalysis results: the affected worklist, the side-by-side view and the oncologists' flag.</summary>
public sealed class ReanalysisQueries(IDbContextFactory<OmicsDbContext> contexts)
{
    /// <summary>The newest run that has results, finished or not.</summary>
    public static async Task<ReanalysisRunRecord?> LatestRunAsync(OmicsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var runs = await db.ReanalysisRuns.AsNoTracking().ToListAsync(cancellationToken);
        return runs.OrderByDescending(r => r.CreatedAt).FirstOrDefault();
    }

    public async Task<AffectedPage> AffectedAsync(CaseChange? kind, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await LatestRunAsync(db, cancellationToken);
        if (run is null)
        {
            return new AffectedPage(null, null, [], 0);
        }

        var rows = db.ReanalysisCases.AsNoTracking().Where(r => r.RunId == run.Id && r.Done && r.Kinds != 0);
        if (kind is { } k)
        {
            rows = rows.Where(r => (r.Kinds & (int)k) != 0);
        }

        var total = await rows.CountAsync(cancellationToken);
        var page = await rows
            .Join(db.Cases, r => r.CaseId, c => c.Id, (r, c) => new { r, c })
            .Join(db.ReportVersions, x => x.r.VersionId, v => v.Id, (x, v) => new
            {
                x.r.Id, CaseId = x.c.Id, x.c.Patient!.FamilyName, x.c.Patient.GivenName, x.c.Patient.SourcePatientId, x.c.Patient.Mrn,
                x.c.SampleId, x.r.Version, v.Status, x.r.Kinds, x.r.Summary,
            })
            .OrderBy(x => x.FamilyName).ThenBy(x => x.GivenName).ThenBy(x => x.SampleId)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200)).ToListAsync(cancellationToken);
        return new AffectedPage(run.Id, run.KnowledgeBaseVersion,
            page.Select(x => new AffectedCase(x.Id, x.CaseId, PatientNames.Display(x.FamilyName, x.GivenName, x.SourcePatientId), x.Mrn, x.SampleId,
                x.Version, x.Status, (CaseChange)x.Kinds, x.Summary)).ToList(), total);
    }

    public async Task<ReanalysisDetail?> DetailAsync(Guid rowId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.ReanalysisCases.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rowId && r.Done && r.Kinds != 0, cancellationToken);
        if (row?.ReportJson is null)
        {
            return null;
        }

        var version = await db.ReportVersions.AsNoTracking().Include(v => v.Case!).ThenInclude(c => c.Patient)
            .FirstAsync(v => v.Id == row.VersionId, cancellationToken);
        var reevaluated = ReportSnapshots.ReadReport(row.ReportJson);
        var changes = JsonSerializer.Deserialize<List<ImplicationChange>>(row.ChangesJson ?? "[]", OmicsJson.Compact) ?? [];
        var patient = version.Case!.Patient!;
        return new ReanalysisDetail(row.Id, row.RunId, version.CaseId, version.Id, version.Version, version.Status, patient.DisplayName, patient.Mrn,
            version.Case.SampleId, version.KnowledgeBaseVersion, reevaluated.KnowledgeBase.Version, ReportSnapshots.ReadReport(version.ReportJson),
            reevaluated, changes, version.Case.LatestVersion != version.Version);
    }

    /// <summary>How many done cases of a run show each kind of change.</summary>
    public async Task<IReadOnlyDictionary<CaseChange, int>> KindCountsAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var kinds = await db.ReanalysisCases.AsNoTracking().Where(r => r.RunId == runId && r.Done && r.Kinds != 0).Select(r => r.Kinds).ToListAsync(cancellationToken);
        return ChangeKinds.All.ToDictionary(k => k, k => kinds.Count(x => (x & (int)k) != 0));
    }

    /// <summary>
    /// Of <paramref name="caseIds"/>, the cases whose re-evaluated version is signed and changes under the newest run's
    /// release: "new evidence since signing". The flag stays while an amendment is a draft and goes once a later
    /// version is signed.
    /// </summary>
    public async Task<IReadOnlySet<Guid>> NewEvidenceAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseIds);
        if (caseIds.Count == 0)
        {
            return new HashSet<Guid>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await LatestRunAsync(db, cancellationToken);
        if (run is null)
        {
            return new HashSet<Guid>();
        }

        var ids = caseIds.ToList();
        var flagged = await db.ReanalysisCases.AsNoTracking()
            .Where(r => r.RunId == run.Id && r.Done && r.Kinds != 0 && ids.Contains(r.CaseId))
            .Join(db.ReportVersions, r => r.VersionId, v => v.Id, (r, v) => new { r.CaseId, r.Version, v.Status })
            .Where(x => x.Status == ReportStatus.Signed || x.Status == ReportStatus.Amended)
            .Where(x => !db.ReportVersions.Any(later => later.CaseId == x.CaseId && later.Version > x.Version &&
                (later.Status == ReportStatus.Signed || later.Status == ReportStatus.Amended)))
            .Select(x => x.CaseId).ToListAsync(cancellationToken);
        return flagged.ToHashSet();
    }
}
