using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OmicsReports.Data;
using OmicsReports.Data.Audit;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Pipeline;
using OmicsReports.Data.Reports;
using OmicsReports.Web.Tests.Browser;

namespace OmicsReports.Web.Tests.Knowledge;

/// <summary>
/// The release workflow in one browser: the curator starts a reanalysis, the pathologist opens an affected patient
/// and creates the amendment draft in one click, and the oncologist sees the flag in the worklist.
/// </summary>
[Collection(KnowledgeReleaseBrowserCollection.Name)]
public sealed class ReanalysisBrowserTests(KnowledgeReleaseApp app) : BrowserSession(app)
{
    [Fact]
    public async Task Curator_StartsARun_Pathologist_OpensAnAffectedPatientAndDraftsTheAmendment_Oncologist_SeesTheFlag()
    {
        var version = app.Services.GetRequiredService<IReportEngine>().KnowledgeBase!.Version;

        var curator = await PageAsync(Roles.Curator);
        await GotoInteractiveAsync(curator, "/knowledge");
        Assert.Equal(version, await curator.Locator("#kb-version").InnerTextAsync());
        await curator.Locator("#reanalysis-start").ClickAsync();
        await Assertions.Expect(curator.Locator("#reanalysis-status")).ToContainTextAsync("completed, 7 of 7 case(s) done, 2 changed", new() { Timeout = 60_000 });
        await Assertions.Expect(curator.Locator("#reanalysis-progress")).ToContainTextAsync("Signed reports unchanged");

        var pathologist = await PageAsync(Roles.Pathologist);
        await GotoInteractiveAsync(pathologist, "/knowledge/affected");
        await Assertions.Expect(pathologist.Locator("#affected-count")).ToHaveTextAsync("2 affected patient case(s)");
        await pathologist.Locator("tr", new() { HasText = "DEMO-S3-LUNG" }).Locator(".omics-affected-link").ClickAsync();
        await pathologist.Locator("#side-new").WaitForAsync();
        await Assertions.Expect(pathologist.Locator("#reeval-changes")).ToContainTextAsync("implication dropped");
        await pathologist.Locator("[data-omics-interactive=true]").WaitForAsync();
        await pathologist.Locator("#create-amendment").ClickAsync();
        await pathologist.WaitForURLAsync("**/reports/3");

        var oncologist = await PageAsync(Roles.Oncologist);
        await GotoInteractiveAsync(oncologist, "/patients");
        var flags = oncologist.Locator("[data-new-evidence=true]");
        await Assertions.Expect(flags).ToHaveCountAsync(1);
        await Assertions.Expect(oncologist.Locator("tr", new() { Has = flags })).ToContainTextAsync("DEMO-S3-LUNG");

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        var lung = await app.CaseAsync("DEMO-S3-LUNG");
        var draft = await db.ReportVersions.AsNoTracking().SingleAsync(v => v.CaseId == lung && v.Version == 3);
        Assert.Equal(ReportStatus.Draft, draft.Status);
        Assert.Equal(2, draft.AmendsVersion);
        Assert.Equal(version, draft.KnowledgeBaseVersion);
        Assert.StartsWith($"knowledge base {version}: PIK3CA", draft.AmendmentReason, StringComparison.Ordinal);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.Amend && e.TargetId == draft.Id.ToString()));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == AuditActions.ReanalysisViewed));
    }
}
