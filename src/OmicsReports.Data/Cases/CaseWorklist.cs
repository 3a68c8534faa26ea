using Microsoft.EntityFrameworkCore;
using OmicsReports.Data.Patients;
using OmicsReports.Data.Reports;
using OmicsReports.Domain.Knowledge;

namespace OmicsReports.Data.Cases;

public enum WorklistSort
{
    Updated,
    Patient,
    Mrn,
    SampleId,
    TumorType,
    Status,
    BirthDate,
}

/// <summary>A worklist request: free-text search, filters, sorting and one page.</summary>
public sealed record WorklistQuery(
    string? Search = null,
    IReadOnlyCollection<ReportStatus>? Statuses = null,
    string? TumorTypeCode = null,
    WorklistSort SortBy = WorklistSort.Updated,
    bool Descending = true,
    int Skip = 0,
    int Take = 25);

/// <summary>One case on the worklist.</summary>
public sealed record WorklistRow(
    Guid CaseId,
    Guid PatientId,
    string FamilyName,
    string GivenName,
    string SourcePatientId,
    string? Mrn,
    DateOnly? BirthDate,
    string Sex,
    string SampleId,
    string? TumorTypeCode,
    string? TumorTypeName,
    ReportStatus Status,
    int LatestVersion,
    DateTimeOffset UpdatedAt,
    string TopFinding,
    EvidenceTier? TopTier)
{
    public string DisplayName => Patients.PatientNames.Display(FamilyName, GivenName, SourcePatientId);

    public string ReportPath => $"/patients/{CaseId}/reports/{LatestVersion}";
}

public sealed record WorklistPage(IReadOnlyList<WorklistRow> Rows, int Total);

/// <summary>A tumour type that occurs on the worklist, for its filter.</summary>
public sealed record TumorTypeOption(string Code, string Name);

/// <summary>Server-side search, filtering, sorting and paging of cases with their patients.</summary>
public sealed class CaseWorklist(IDbContextFactory<OmicsDbContext> contexts)
{
    public async Task<WorklistPage> SearchAsync(WorklistQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = db.Cases.AsNoTracking().Where(c => c.LatestVersion > 0);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // Accents and name order cannot be matched in provider-neutral SQL, so the names and identifiers of the
            // listed cases are read (a few short columns per case) and matched here; the page is then read by id.
            var candidates = await cases.Select(c => new
                {
                    c.Id, c.Patient!.FamilyName, c.Patient.GivenName, c.Patient.Mrn, c.Patient.SourcePatientId, c.SampleId,
                })
                .ToListAsync(cancellationToken);
            var matching = candidates
                .Where(c => PatientSearch.Matches(query.Search, c.FamilyName, c.GivenName, c.Mrn, c.SourcePatientId, c.SampleId))
                .Select(c => c.Id).ToList();
            cases = cases.Where(c => matching.Contains(c.Id));
        }

        if (query.Statuses is { Count: > 0 } statuses)
        {
            cases = cases.Where(c => statuses.Contains(c.LatestStatus));
        }

        if (!string.IsNullOrWhiteSpace(query.TumorTypeCode))
        {
            cases = cases.Where(c => c.TumorTypeCode == query.TumorTypeCode);
        }

        var total = await cases.CountAsync(cancellationToken);
        var rows = await Sort(cases, query.SortBy, query.Descending)
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Clamp(query.Take, 1, 200))
            .Select(c => new WorklistRow(c.Id, c.PatientId, c.Patient!.FamilyName, c.Patient.GivenName, c.Patient.SourcePatientId,
                c.Patient.Mrn, c.Patient.BirthDate, c.Patient.Sex, c.SampleId, c.TumorTypeCode, c.TumorTypeName, c.LatestStatus,
                c.LatestVersion, c.UpdatedAt, c.TopFinding, c.TopTier))
            .ToListAsync(cancellationToken);
        return new WorklistPage(rows, total);
    }

    public async Task<IReadOnlyList<TumorTypeOption>> TumorTypesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var types = await db.Cases.AsNoTracking().Where(c => c.TumorTypeCode != null)
            .Select(c => new { c.TumorTypeCode, c.TumorTypeName }).Distinct().ToListAsync(cancellationToken);
        return types.GroupBy(t => t.TumorTypeCode!).Select(g => new TumorTypeOption(g.Key, g.First().TumorTypeName ?? g.Key))
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static IQueryable<CaseRecord> Sort(IQueryable<CaseRecord> cases, WorklistSort sortBy, bool descending) => (sortBy, descending) switch
    {
        (WorklistSort.Patient, false) => cases.OrderBy(c => c.Patient!.FamilyName).ThenBy(c => c.Patient!.GivenName).ThenBy(c => c.SampleId),
        (WorklistSort.Patient, true) => cases.OrderByDescending(c => c.Patient!.FamilyName).ThenByDescending(c => c.Patient!.GivenName).ThenBy(c => c.SampleId),
        (WorklistSort.Mrn, false) => cases.OrderBy(c => c.Patient!.Mrn).ThenBy(c => c.SampleId),
        (WorklistSort.Mrn, true) => cases.OrderByDescending(c => c.Patient!.Mrn).ThenBy(c => c.SampleId),
        (WorklistSort.SampleId, false) => cases.OrderBy(c => c.SampleId),
        (WorklistSort.SampleId, true) => cases.OrderByDescending(c => c.SampleId),
        (WorklistSort.TumorType, false) => cases.OrderBy(c => c.TumorTypeName).ThenBy(c => c.SampleId),
        (WorklistSort.TumorType, true) => cases.OrderByDescending(c => c.TumorTypeName).ThenBy(c => c.SampleId),
        (WorklistSort.Status, false) => cases.OrderBy(c => c.LatestStatus).ThenByDescending(c => c.UpdatedAt),
        (WorklistSort.Status, true) => cases.OrderByDescending(c => c.LatestStatus).ThenByDescending(c => c.UpdatedAt),
        (WorklistSort.BirthDate, false) => cases.OrderBy(c => c.Patient!.BirthDate).ThenBy(c => c.SampleId),
        (WorklistSort.BirthDate, true) => cases.OrderByDescending(c => c.Patient!.BirthDate).ThenBy(c => c.SampleId),
        (_, false) => cases.OrderBy(c => c.UpdatedAt).ThenBy(c => c.SampleId),
        (_, true) => cases.OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.SampleId),
    };
}
