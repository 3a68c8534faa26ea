using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Data;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Knowledge;
using OmicsReports.Data.Pipeline;
using OmicsReports.Data.Reports;
using OmicsReports.Domain.Knowledge.Changes;
using OmicsReports.Testing;

namespace OmicsReports.Web.Tests.Knowledge;

/// <summary>
/// Release 2026.11.2 → the shipped release on the demo patients: the app records the release and its diff at start,
/// and the reanalysis lists exactly the patients whose reports change, leaving signed reports as they were.
/// </summary>
[Collection(KnowledgeReleaseCollection.Name)]
[Trait(DatabaseMatrix.Trait, DatabaseMatrix.Both)]
public sealed class KnowledgeReleaseTests(KnowledgeReleaseApp app)
{
    [Fact]
    public async Task Start_OnAnUnseenRelease_RecordsItWithAFieldByFieldDiff()
    {
        var releases = app.Services.GetRequiredService<KnowledgeReleases>();
        var list = await releases.ListAsync();
        var shipped = app.Services.GetRequiredService<IReportEngine>().KnowledgeBase!;

        Assert.Equal([shipped.Version, OldKnowledgeBase.Version], list.Select(r => r.Version));
        Assert.Equal(OldKnowledgeBase.Version, list[0].PreviousVersion);
        var changes = (await releases.ChangesAsync(list[0].Id))!;
        Assert.Contains(changes.Rules, c => c is { Id: "UVEAL-MELANOMA-HLA-A0201-TEBENTAFUSP", Kind: RuleChangeKind.Added });
        Assert.Contains(changes.Rules, c => c is { Id: "GIST-PDGFRA-D842V-AVAPRITINIB", Kind: RuleChangeKind.Removed });
        var trastuzumab = Assert.Single(changes.Rules, c => c.Id == "NSCLC-ERBB2-EX20INS-TRASTUZUMAB-DERUXTECAN");
        var when = Assert.Single(trastuzumab.Details, d => d.Field == "when");
        Assert.NotEqual(when.Before, when.After);
        Assert.Null(await releases.ChangesAsync(list[1].Id));
        var history = await releases.HistoryAsync("UVEAL-MELANOMA-HLA-A0201-TEBENTAFUSP");
        Assert.Equal(["absent", "added"], history.Select(h => h.State));
        await using var db = await Contexts().CreateDbContextAsync();
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.KnowledgeReleaseRecorded));
    }

    [Fact]
    public async Task Reanalysis_OfTheDemoPatients_ListsExactlyTheChangedOnes_AndLeavesSignedReportsUnchanged()
    {
        var before = await SignedHashesAsync();
        var job = app.Services.GetRequiredService<ReanalysisJob>();
        var (runId, created) = await job.CreateAsync(app.Services.GetRequiredService<IReportEngine>().KnowledgeBase!, "test", null, "127.0.0.1");
        app.Services.GetRequiredService<ReanalysisSignal>().Notify();
        var run = await app.WaitAsync(runId);

        Assert.True(created);
        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(7, run.Total);
        Assert.Equal(7, run.Processed);
        var affected = await app.Services.GetRequiredService<ReanalysisQueries>().AffectedAsync(null, 0, 50);
        Assert.Equal(runId, affected.RunId);
        Assert.Equal(
            [("DEMO-S2-CRC", CaseChange.Retiered), ("DEMO-S3-LUNG", CaseChange.Dropped)],
            affected.Rows.Select(r => (r.SampleId, r.Kinds)).Order());
        Assert.Equal(["DEMO-S3-LUNG"], (await app.Services.GetRequiredService<ReanalysisQueries>().AffectedAsync(CaseChange.Dropped, 0, 50)).Rows.Select(r => r.SampleId));
        Assert.Equal(before, await SignedHashesAsync());
        Assert.Equal(before.Count, run.SignedCount);
        Assert.Equal(run.SignedSha256Before, run.SignedSha256After);
        await using var db = await Contexts().CreateDbContextAsync();
        var trail = await db.AuditEntries.Where(e => e.TargetId == runId.ToString()).Select(e => e.Action).ToListAsync();
        Assert.Equal([AuditActions.ReanalysisFinished, AuditActions.ReanalysisStarted], trail.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Reanalysis_FlagsSignedAffectedCases_AndWritesTheAmendmentReasonFromTheChanges()
    {
        await app.CompletedRunAsync();
        var queries = app.Services.GetRequiredService<ReanalysisQueries>();
        var lung = await app.CaseAsync("DEMO-S3-LUNG");
        var colorectal = await app.CaseAsync("DEMO-S2-CRC");
        var melanoma = await app.CaseAsync("DEMO-S1-MEL");

        var flagged = await queries.NewEvidenceAsync([lung, colorectal, melanoma]);
        var row = (await queries.AffectedAsync(CaseChange.Dropped, 0, 10)).Rows.Single();
        var detail = (await queries.DetailAsync(row.RowId))!;

        // The colorectal report is still in review (not signed): no flag; the melanoma report does not change.
        Assert.Equal([lung], flagged);
        Assert.Equal(lung, detail.CaseId);
        Assert.True(detail.Stored.Implications.Count > detail.Reevaluated.Implications.Count);
        var reason = KnowledgeAmendments.Reason(detail.NewKnowledgeBase, detail.Changes);
        Assert.StartsWith($"knowledge base {detail.NewKnowledgeBase}: PIK3CA", reason, StringComparison.Ordinal);
        Assert.Contains("alpelisib + fulvestrant no longer supported (was tier IIC)", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Data.Identity.Roles.Pathologist)]
    [InlineData(Data.Identity.Roles.Oncologist)]
    [InlineData(Data.Identity.Roles.Admin)]
    public async Task StartAndCancel_ByAnyoneButACurator_AreRefusedByTheService_AndLeaveNoTrace(string role)
    {
        var job = app.Services.GetRequiredService<ReanalysisJob>();
        var user = Infrastructure.TestActors.For(role).User;
        var done = await app.CompletedRunAsync();
        await using var db = await Contexts().CreateDbContextAsync();
        var runs = await db.ReanalysisRuns.CountAsync();

        var start = await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            job.CreateAsync(app.Services.GetRequiredService<IReportEngine>().KnowledgeBase!, "someone", user, "127.0.0.1"));
        var cancel = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => job.CancelAsync(done.RunId, user, "127.0.0.1"));

        Assert.Equal("Only a curator may start a reanalysis.", start.Message);
        Assert.Equal("Only a curator may cancel a reanalysis.", cancel.Message);
        Assert.Equal(runs, await db.ReanalysisRuns.CountAsync());
        Assert.Equal(0, await db.AuditEntries.CountAsync(e => e.UserName == "someone" || e.UserName == user.Identity!.Name));
    }

    private IDbContextFactory<OmicsDbContext> Contexts() => app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>();

    /// <summary>Every signed version's stored content, hashed independently of the job's own fingerprint.</summary>
    private async Task<Dictionary<Guid, string>> SignedHashesAsync()
    {
        await using var db = await Contexts().CreateDbContextAsync();
        var rows = await db.ReportVersions.AsNoTracking().Where(v => v.Status == ReportStatus.Signed || v.Status == ReportStatus.Amended)
            .Select(v => new { v.Id, v.CaseJson, v.ReportJson, v.InterpretiveComment, v.SignedAt, v.Revision }).ToListAsync();
        return rows.ToDictionary(r => r.Id, r => ReportSnapshots.Sha256($"{r.CaseJson}\n{r.ReportJson}\n{r.InterpretiveComment}\n{r.SignedAt:O}\n{r.Revision}"));
    }
}
