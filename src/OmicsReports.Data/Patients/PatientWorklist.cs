using Microsoft.EntityFrameworkCore;

namespace OmicsReports.Data.Patients;

/// <summary>Server-side search, sorting and paging of the patient worklist.</summary>
public sealed class PatientWorklist(IDbContextFactory<OmicsDbContext> contexts)
{
    public async Task<WorklistPage> SearchAsync(WorklistQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var patients = db.Patients.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // Provider-neutral case-insensitive search: EF translates ToLower() and Contains() to SQL on every
            // provider; the culture-aware overloads the analyzers ask for have no translation.
            var term = query.Search.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862
            patients = patients.Where(p =>
                p.Mrn.ToLower().Contains(term) ||
                p.FamilyName.ToLower().Contains(term) ||
                p.GivenName.ToLower().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await patients.CountAsync(cancellationToken);
        var rows = await Sort(patients, query.SortBy, query.Descending)
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Clamp(query.Take, 1, 200))
            .Select(p => new WorklistRow(p.Id, p.Mrn, p.FamilyName, p.GivenName, p.BirthDate, p.Sex))
            .ToListAsync(cancellationToken);
        return new WorklistPage(rows, total);
    }

    private static IQueryable<PatientRecord> Sort(IQueryable<PatientRecord> patients, WorklistSort sortBy, bool descending) => (sortBy, descending) switch
    {
        (WorklistSort.Mrn, false) => patients.OrderBy(p => p.Mrn),
        (WorklistSort.Mrn, true) => patients.OrderByDescending(p => p.Mrn),
        (WorklistSort.BirthDate, false) => patients.OrderBy(p => p.BirthDate).ThenBy(p => p.Mrn),
        (WorklistSort.BirthDate, true) => patients.OrderByDescending(p => p.BirthDate).ThenBy(p => p.Mrn),
        (_, false) => patients.OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Mrn),
        (_, true) => patients.OrderByDescending(p => p.FamilyName).ThenByDescending(p => p.GivenName).ThenBy(p => p.Mrn),
    };
}

public enum WorklistSort
{
    Name,
    Mrn,
    BirthDate,
}

public sealed record WorklistQuery(string? Search, WorklistSort SortBy, bool Descending, int Skip, int Take);

public sealed record WorklistRow(Guid Id, string Mrn, string FamilyName, string GivenName, DateOnly? BirthDate, string Sex)
{
    public string DisplayName => string.IsNullOrEmpty(GivenName) ? FamilyName : $"{FamilyName}, {GivenName}";
}

public sealed record WorklistPage(IReadOnlyList<WorklistRow> Rows, int Total);
