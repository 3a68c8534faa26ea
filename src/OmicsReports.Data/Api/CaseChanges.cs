using Microsoft.EntityFrameworkCore;
using OmicsReports.Data.Reports;

namespace OmicsReports.Data.Api;

/// <summary>A case whose newest version changed (imported, reviewed, signed or amended); no patient name.</summary>
public sealed record ChangedCase(Guid CaseId, string SampleId, int LatestVersion, ReportStatus LatestStatus, DateTimeOffset ChangedAt);

/// <summary>The cases changed since a time, oldest change first, for laboratory systems that poll.</summary>
public sealed class CaseChanges(IDbContextFactory<OmicsDbContext> contexts)
{
    public async Task<IReadOnlyList<ChangedCase>> SinceAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Oldest first, so a client that reads page by page can continue from the last changedAt it saw.
        return await db.Cases.AsNoTracking().Where(c => c.UpdatedAt > since).OrderBy(c => c.UpdatedAt).ThenBy(c => c.Id).Take(limit)
            .Select(c => new ChangedCase(c.Id, c.SampleId, c.LatestVersion, c.LatestStatus, c.UpdatedAt))
            .ToListAsync(cancellationToken);
    }
}
