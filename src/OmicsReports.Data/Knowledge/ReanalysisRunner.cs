using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Pipeline;
using OmicsReports.Data.Reports;
using OmicsReports.Domain.Knowledge.Changes;
using OmicsReports.Domain.Serialization;

namespace OmicsReports.Data.Knowledge;

/// <summary>
/// Evaluates a run's pending case rows in batches: read the batch's snapshots without tracking, evaluate them on every
/// core, and write the batch's results in one transaction. A batch is all or nothing, so a process killed mid-batch
/// leaves its rows pending and the next start evaluates them once; no row is written twice because a done row is
/// never read again. Used by the app's background worker and by <c>omics db reanalyze</c>.
/// </summary>
public sealed class ReanalysisRunner(IDbContextFactory<OmicsDbContext> contexts, ReanalysisJob job, TimeProvider clock)
{
    /// <summary>Cases per transaction: large enough to keep both cores busy, small enough to lose little on a crash.</summary>
    public int BatchSize { get; init; } = 250;

    /// <summary>Called after each committed batch with the cases done so far.</summary>
    public Action<int>? Progress { get; init; }

    /// <summary>
    /// Of the last run: wall time spent evaluating on every core, and waiting for the database (reads and writes not
    /// hidden behind evaluation). For the command line's summary; runs are sequential per runner.
    /// </summary>
    public (TimeSpan Evaluating, TimeSpan WaitingForDatabase) Timings => (evaluating, waiting);

    private TimeSpan evaluating;
    private TimeSpan waiting;

    /// <summary>
    /// Runs to the end, a cancellation request, or <paramref name="cancellationToken"/> (then the run stays resumable).
    /// While one batch is evaluated on every core, the next batch's snapshots are read and the previous batch's
    /// results are written, each on its own context, so the cores rarely wait for the database.
    /// </summary>
    public async Task<ReanalysisProgress> RunAsync(Guid runId, IReportEngine engine, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var stamp = engine.KnowledgeBase ?? throw new ReportEngineUnavailableException("No knowledge base is loaded.");
        List<Guid[]> batches;
        Dictionary<Guid, Guid> versionOf;
        int done;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (await CheckAsync(db, runId, stamp, cancellationToken) is { } stopped)
            {
                return stopped;
            }

            var pending = await db.ReanalysisCases.AsNoTracking().Where(r => r.RunId == runId && !r.Done).OrderBy(r => r.Id)
                .Select(r => new { r.Id, r.VersionId }).ToListAsync(cancellationToken);
            done = await db.ReanalysisCases.CountAsync(r => r.RunId == runId && r.Done, cancellationToken);
            versionOf = pending.ToDictionary(p => p.Id, p => p.VersionId);
            batches = pending.Select(p => p.Id).Chunk(BatchSize).ToList();
        }

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        Task<Dictionary<Guid, Snapshot>>? next = batches.Count > 0 ? ReadAsync(batches[0], versionOf, cancellationToken) : null;
        Task? writing = null;
        for (var i = 0; i < batches.Count; i++)
        {
            var waited = stopwatch.Elapsed;
            var snapshots = await next!;
            next = i + 1 < batches.Count ? ReadAsync(batches[i + 1], versionOf, cancellationToken) : null;
            waiting += stopwatch.Elapsed - waited;

            var started = stopwatch.Elapsed;
            var results = new ConcurrentDictionary<Guid, Outcome>();
            Parallel.ForEach(batches[i], new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                id => results[id] = Evaluate(snapshots[versionOf[id]], engine, stamp.Sha256));
            evaluating += stopwatch.Elapsed - started;

            waited = stopwatch.Elapsed;
            if (writing is not null)
            {
                await writing;
                Progress?.Invoke(done);
            }

            waiting += stopwatch.Elapsed - waited;
            done += results.Count;
            writing = SaveBatchAsync(results, cancellationToken);
            if (i % 8 == 7)
            {
                // A curator's cancellation (or another node finishing the run) is seen within a few batches.
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                if (await CheckAsync(db, runId, stamp, cancellationToken) is { } stopped)
                {
                    await writing;
                    return await CheckAsync(db, runId, stamp, cancellationToken) ?? stopped;
                }
            }
        }

        if (writing is not null)
        {
            await writing;
            Progress?.Invoke(done);
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            return await CheckAsync(db, runId, stamp, cancellationToken) ?? await CompleteAsync(db, runId, cancellationToken);
        }
    }

    /// <summary>Null while the run may go on; otherwise its final state (finishing it when cancelled or for another release).</summary>
    private async Task<ReanalysisProgress?> CheckAsync(OmicsDbContext db, Guid runId, Domain.Reports.KnowledgeBaseStamp stamp, CancellationToken cancellationToken)
    {
        var run = await db.ReanalysisRuns.AsNoTracking().FirstAsync(r => r.Id == runId, cancellationToken);
        if (run.Status != RunStatus.Running)
        {
            return await ReanalysisJob.ProgressAsync(db, runId, cancellationToken);
        }

        if (run.KnowledgeBaseSha256 != stamp.Sha256)
        {
            return await FinishAsync(db, run, RunStatus.Failed, $"The run is for knowledge base {run.KnowledgeBaseVersion}; this program evaluates with {stamp.Version}.", cancellationToken);
        }

        return run.CancelRequested ? await FinishAsync(db, run, RunStatus.Cancelled, "cancelled by a curator", cancellationToken) : null;
    }

    private async Task<Dictionary<Guid, Snapshot>> ReadAsync(Guid[] rows, Dictionary<Guid, Guid> versionOf, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var versionIds = rows.Select(r => versionOf[r]).ToList();
        return await db.ReportVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id))
            .Select(v => new Snapshot(v.Id, v.CaseJson, v.ReportJson, v.KnowledgeBaseSha256)).ToDictionaryAsync(v => v.Id, cancellationToken);
    }

    /// <summary>Ends a running run as failed, keeping its rows.</summary>
    public async Task FailAsync(Guid runId, string message, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.ReanalysisRuns.AsNoTracking().FirstAsync(r => r.Id == runId, cancellationToken);
        await FinishAsync(db, run, RunStatus.Failed, message, cancellationToken);
    }

    private sealed record Snapshot(Guid Id, string CaseJson, string ReportJson, string KnowledgeBaseSha256);

    private sealed record Outcome(CaseChange Kinds, string Summary, string? ChangesJson, string? ReportJson);

    private static readonly Outcome Unchanged = new(CaseChange.None, string.Empty, null, null);

    private static Outcome Evaluate(Snapshot snapshot, IReportEngine engine, string sha256)
    {
        // A version made with this very release cannot change under it: no need to evaluate it again.
        if (snapshot.KnowledgeBaseSha256 == sha256)
        {
            return Unchanged;
        }

        var newer = engine.Evaluate(ReportSnapshots.ReadCase(snapshot.CaseJson));
        var result = Reanalysis.Compare(ReportSnapshots.ReadReport(snapshot.ReportJson), newer);
        if (!result.Changed)
        {
            return Unchanged;
        }

        var summary = result.Changes[0].Summary;
        return new Outcome(ChangeKinds.Of(result.Changes), summary.Length <= 512 ? summary : summary[..511] + "…",
            JsonSerializer.Serialize(result.Changes, OmicsJson.Compact), ReportSnapshots.Serialize(newer));
    }

    private async Task SaveBatchAsync(ConcurrentDictionary<Guid, Outcome> results, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = clock.GetUtcNow();
        foreach (var (id, outcome) in results)
        {
            var row = new ReanalysisCaseRecord { Id = id };
            db.ReanalysisCases.Attach(row);
            row.Done = true;
            row.Kinds = (int)outcome.Kinds;
            row.Summary = outcome.Summary;
            row.ChangesJson = outcome.ChangesJson;
            row.ReportJson = outcome.ReportJson;
            row.ProcessedAt = now;
            var entry = db.Entry(row);
            foreach (var property in ResultColumns)
            {
                entry.Property(property).IsModified = true;
            }
        }

        // One SaveChanges is one transaction: the batch is written whole or not at all.
        await db.SaveChangesAsync(cancellationToken);
    }

    private static readonly string[] ResultColumns =
    [
        nameof(ReanalysisCaseRecord.Done), nameof(ReanalysisCaseRecord.Kinds), nameof(ReanalysisCaseRecord.Summary),
        nameof(ReanalysisCaseRecord.ChangesJson), nameof(ReanalysisCaseRecord.ReportJson), nameof(ReanalysisCaseRecord.ProcessedAt),
    ];

    private async Task<ReanalysisProgress> CompleteAsync(OmicsDbContext db, Guid runId, CancellationToken cancellationToken)
    {
        var run = await db.ReanalysisRuns.AsNoTracking().FirstAsync(r => r.Id == runId, cancellationToken);
        var (_, after) = await SignedReportsFingerprint.ComputeAsync(db, cancellationToken);
        return after == run.SignedSha256Before
            ? await FinishAsync(db, run, RunStatus.Completed, null, cancellationToken, after)
            : await FinishAsync(db, run, RunStatus.Failed, "The signed reports changed during the run (their content hash differs); tell the administrator.", cancellationToken, after);
    }

    private async Task<ReanalysisProgress> FinishAsync(
        OmicsDbContext db, ReanalysisRunRecord run, string status, string? message, CancellationToken cancellationToken, string? signedAfter = null)
    {
        var progress = (await ReanalysisJob.ProgressAsync(db, run.Id, cancellationToken))!;
        var now = clock.GetUtcNow();
        var updated = await db.ReanalysisRuns.Where(r => r.Id == run.Id && r.Status == RunStatus.Running)
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, status).SetProperty(r => r.FinishedAt, now).SetProperty(r => r.Message, message)
                .SetProperty(r => r.Processed, progress.Processed).SetProperty(r => r.Changed, progress.Changed)
                .SetProperty(r => r.NewTierOne, progress.NewTierOne).SetProperty(r => r.SignedSha256After, signedAfter), cancellationToken);
        if (updated > 0)
        {
            var what = $"reanalysis under {run.KnowledgeBaseVersion} {status}: {progress.Processed} of {progress.Total} case(s), {progress.Changed} changed, " +
                $"{progress.NewTierOne} with a new tier I therapy" + (signedAfter is null ? string.Empty : $"; signed versions sha256 {signedAfter}") +
                (message is null ? string.Empty : $"; {message}");
            await job.Audit(AuditActions.ReanalysisFinished, null, "reanalysis", string.Empty, run.Id, what, cancellationToken);
        }

        return (await ReanalysisJob.ProgressAsync(db, run.Id, cancellationToken))!;
    }
}
