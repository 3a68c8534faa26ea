using Microsoft.EntityFrameworkCore;

namespace OmicsReports.Data.Audit;

/// <summary>A filtered page of the audit trail, newest first.</summary>
public sealed record AuditQuery(
    string? UserName = null,
    string? Action = null,
    string? TargetId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Skip = 0,
    int Take = 50);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Total);

/// <summary>Reads the audit trail for the admin page and for a case's activity list.</summary>
public sealed class AuditLog(IDbContextFactory<OmicsDbContext> contexts)
{
    public async Task<AuditPage> SearchAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.UserName))
        {
            var name = query.UserName.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // provider-neutral translation, as in CaseWorklist
            entries = entries.Where(e => e.UserName.ToLower().Contains(name));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(e => e.Action == query.Action);
        }

        if (!string.IsNullOrWhiteSpace(query.TargetId))
        {
            entries = entries.Where(e => e.TargetId == query.TargetId.Trim());
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.At < to);
        }

        var total = await entries.CountAsync(cancellationToken);
        var page = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 500)).ToListAsync(cancellationToken);
        return new AuditPage(page, total);
    }

    /// <summary>Everything recorded against the versions of one case, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ForCaseAsync(Guid caseId, int take = 100, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Ids become text here, not in SQL: SQLite keeps a Guid as upper-case text, the audit trail as .NET writes it.
        var versionIds = (await db.ReportVersions.AsNoTracking().Where(v => v.CaseId == caseId).Select(v => v.Id).ToListAsync(cancellationToken))
            .Select(id => id.ToString()).ToList();
        var caseKey = caseId.ToString();
        return await db.AuditEntries.AsNoTracking()
            .Where(e => (e.TargetType == AuditTargets.ReportVersion && versionIds.Contains(e.TargetId)) ||
                        (e.TargetType == AuditTargets.Case && e.TargetId == caseKey))
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(take).ToListAsync(cancellationToken);
    }
}
