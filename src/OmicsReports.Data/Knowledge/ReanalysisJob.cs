using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OmicsReports.Data.Audit;
using OmicsReports.Domain.Reports;

namespace OmicsReports.Data.Knowledge;

/// <summary>A run as the console and the command line show it.</summary>
public sealed record ReanalysisProgress(
    Guid RunId, string Version, string Status, int Total, int Processed, int Changed, int NewTierOne,
    bool CancelRequested, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, string CreatedBy, int SignedCount,
    string SignedSha256Before, string? SignedSha256After, string? Message)
{
    public bool Finished => Status != RunStatus.Running;
}

/// <summary>
/// Creates, cancels and reads reanalysis runs. A run fixes its cases when it is created (the latest version of every
/// stored case, one row each) and takes the fingerprint of the signed reports; <see cref="ReanalysisRunner"/> then
/// evaluates the rows in batches.
/// </summary>
public sealed class ReanalysisJob(IDbContextFactory<OmicsDbContext> contexts, AuditTrail audit, TimeProvider clock)
{
    /// <summary>
    /// Starts a run under <paramref name="knowledge"/>, or returns the run already going (one at a time). A signed-in
    /// <paramref name="user"/> must be a curator (<see cref="UnauthorizedAccessException"/> otherwise), whatever page
    /// offered the button; null is the operator at the command line, who already holds the database.
    /// </summary>
    public async Task<(Guid RunId, bool Created)> CreateAsync(
        KnowledgeBaseStamp knowledge, string createdBy, ClaimsPrincipal? user, string remoteAddress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        MustCurate(user, "start a reanalysis");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var running = await db.ReanalysisRuns.AsNoTracking().Where(r => r.Status == RunStatus.Running)
            .Select(r => new { r.Id, r.KnowledgeBaseSha256 }).ToListAsync(cancellationToken);
        if (running.FirstOrDefault() is { } open)
        {
            return (open.Id, false);
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (signedCount, signedSha) = await SignedReportsFingerprint.ComputeAsync(db, cancellationToken);
        var latest = await db.Cases.AsNoTracking()
            .Join(db.ReportVersions, c => new { CaseId = c.Id, c.LatestVersion }, v => new { v.CaseId, LatestVersion = v.Version },
                (c, v) => new { CaseId = c.Id, VersionId = v.Id, v.Version })
            .ToListAsync(cancellationToken);
        var run = new ReanalysisRunRecord
        {
            Id = Guid.NewGuid(),
            KnowledgeBaseVersion = knowledge.Version,
            KnowledgeBaseSha256 = knowledge.Sha256,
            Status = RunStatus.Running,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = createdBy,
            Total = latest.Count,
            SignedCount = signedCount,
            SignedSha256Before = signedSha,
        };
        db.ReanalysisRuns.Add(run);
        db.ReanalysisCases.AddRange(latest.Select(l => new ReanalysisCaseRecord
        {
            Id = Guid.NewGuid(), RunId = run.Id, CaseId = l.CaseId, VersionId = l.VersionId, Version = l.Version,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await Audit(AuditActions.ReanalysisStarted, user, createdBy, remoteAddress, run.Id,
            $"reanalysis of {run.Total} case(s) under knowledge base {run.KnowledgeBaseVersion} started; {signedCount} signed version(s), sha256 {signedSha}",
            cancellationToken);
        return (run.Id, true);
    }

    /// <summary>Asks a running run to stop after its current batch; the rows done so far stay. Curators only.</summary>
    public async Task<bool> CancelAsync(Guid runId, ClaimsPrincipal user, string remoteAddress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        MustCurate(user, "cancel a reanalysis");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var updated = await db.ReanalysisRuns.Where(r => r.Id == runId && r.Status == RunStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CancelRequested, true), cancellationToken);
        if (updated > 0)
        {
            await Audit(AuditActions.ReanalysisCancelled, user, user?.Identity?.Name ?? string.Empty, remoteAddress, runId, "cancellation requested", cancellationToken);
        }

        return updated > 0;
    }

    /// <summary>The same rule as the console's page policy (<see cref="Identity.Policies.CurateKnowledge"/>).</summary>
    private static void MustCurate(ClaimsPrincipal? user, string what)
    {
        if (user is not null && !user.IsInRole(Identity.Roles.Curator))
        {
            throw new UnauthorizedAccessException($"Only a curator may {what}.");
        }
    }

    /// <summary>The unfinished run under this release, if one was interrupted (a crash, a stop, a kill).</summary>
    public async Task<Guid?> UnfinishedAsync(string knowledgeSha256, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await db.ReanalysisRuns.AsNoTracking().Where(r => r.Status == RunStatus.Running && r.KnowledgeBaseSha256 == knowledgeSha256)
            .Select(r => r.Id).ToListAsync(cancellationToken);
        return ids.Count > 0 ? ids[0] : null;
    }

    public async Task<ReanalysisProgress?> ProgressAsync(Guid runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ProgressAsync(db, runId, cancellationToken);
    }

    /// <summary>The newest runs, newest first.</summary>
    public async Task<IReadOnlyList<ReanalysisProgress>> RecentAsync(int take = 10, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = (await db.ReanalysisRuns.AsNoTracking().Select(r => new { r.Id, r.CreatedAt }).ToListAsync(cancellationToken))
            .OrderByDescending(r => r.CreatedAt).Take(take).Select(r => r.Id).ToList();
        var list = new List<ReanalysisProgress>();
        foreach (var id in ids)
        {
            list.Add((await ProgressAsync(db, id, cancellationToken))!);
        }

        return list;
    }

    /// <summary>Counts come from the case rows, so they are right whatever was interrupted.</summary>
    internal static async Task<ReanalysisProgress?> ProgressAsync(OmicsDbContext db, Guid runId, CancellationToken cancellationToken)
    {
        var run = await db.ReanalysisRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var rows = db.ReanalysisCases.AsNoTracking().Where(r => r.RunId == runId && r.Done);
        var processed = await rows.CountAsync(cancellationToken);
        var changed = await rows.CountAsync(r => r.Kinds != 0, cancellationToken);
        var tierOne = await rows.CountAsync(r => (r.Kinds & (int)CaseChange.NewTierOne) != 0, cancellationToken);
        return new ReanalysisProgress(run.Id, run.KnowledgeBaseVersion, run.Status, run.Total, processed, changed, tierOne, run.CancelRequested,
            run.CreatedAt, run.FinishedAt, run.CreatedBy, run.SignedCount, run.SignedSha256Before, run.SignedSha256After, run.Message);
    }

    internal Task Audit(string action, ClaimsPrincipal? user, string userName, string remoteAddress, Guid runId, string detail, CancellationToken cancellationToken) =>
        user is not null
            ? audit.RecordAsync(action, user, AuditTargets.ReanalysisRun, runId.ToString(), remoteAddress, detail, cancellationToken)
            : audit.AppendAsync(new AuditEntry
            {
                UserName = userName, Action = action, TargetType = AuditTargets.ReanalysisRun, TargetId = runId.ToString(),
                RemoteAddress = remoteAddress, Detail = detail,
            }, cancellationToken);
}
