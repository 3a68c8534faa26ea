using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OmicsReports.Data;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Pipeline;
using OmicsReports.Data.Reports;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Browser;

/// <summary>The three journeys of the issue, in headless Chromium against the real app and database.</summary>
[Collection(WebCollection.Name)]
public partial class ReportBrowserTests(OmicsWebFactory app) : BrowserSession(app)
{
    [Fact]
    public async Task Oncologist_OpensDemoPatient_SeesTierOneTherapy_AndExpandsItsRationale()
    {
        var page = await PageAsync(Roles.Oncologist);
        await GotoInteractiveAsync(page, "/patients");

        await page.GetByLabel("Search by name, MRN or sample ID").PressSequentiallyAsync("Lindqvist");
        await Assertions.Expect(page.Locator("#worklist-count")).ToHaveTextAsync("1 case");
        await page.GetByRole(AriaRole.Link, new() { Name = "Lindqvist, Maja" }).ClickAsync();
        await page.WaitForURLAsync(ReportUrl());

        // The report is the engine's: BRAF V600E in this melanoma meets the shipped tumour-agnostic and melanoma rules.
        // Its regimens for BRAF V600E at tier IA and one line share one card; one "Why?" opens each option's rationale.
        var group = page.Locator("section[aria-labelledby=kf-therapies] article.omics-opts")
            .Filter(new() { Has = page.Locator(".omics-tier--ia") })
            .Filter(new() { Has = page.Locator("article.omics-imp", new() { HasTextString = "dabrafenib + trametinib" }) }).First;
        await Assertions.Expect(group).ToBeVisibleAsync();
        var tierOne = group.Locator("article.omics-imp").Filter(new() { HasText = "dabrafenib + trametinib" });
        var rationale = tierOne.Locator(".omics-why__rationale");
        await Assertions.Expect(rationale).ToBeHiddenAsync();
        await group.GetByText("Why?").ClickAsync();
        await Assertions.Expect(rationale).ToBeVisibleAsync();
        await Assertions.Expect(rationale).ToContainTextAsync("BRAF V600E");
        await Assertions.Expect(rationale).ToContainTextAsync("which includes this Cutaneous Melanoma (SKCM)");
        var shipped = App.Services.GetRequiredService<IReportEngine>().KnowledgeBase!.Version;
        await Assertions.Expect(tierOne.Locator(".omics-why__rule")).ToContainTextAsync($"knowledge base {shipped}");
    }

    [Fact]
    public async Task Pathologist_ReviewsAndSigns_SeesTheStatusChangeAndTheAuditEntry()
    {
        var stored = await App.StoreCaseAsync(demoIndex: 1);
        var page = await PageAsync(Roles.Pathologist);
        await GotoInteractiveAsync(page, $"/patients/{stored.CaseId}/reports/1");
        var status = page.Locator(".omics-rh .omics-status");
        await Assertions.Expect(status).ToHaveTextAsync("Draft");

        await page.GetByRole(AriaRole.Button, new() { Name = "Start review" }).ClickAsync();
        await Assertions.Expect(status).ToHaveTextAsync("In review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign report…" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("I have reviewed").CheckAsync();
        await dialog.GetByLabel("Your password").FillAsync(OmicsWebFactory.DemoPassword);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Sign", Exact = true }).ClickAsync();

        await Assertions.Expect(status).ToHaveTextAsync("Signed");
        await Assertions.Expect(page.Locator("#report-action-message")).ToContainTextAsync("is signed by");
        await page.GetByRole(AriaRole.Tab, new() { Name = "History" }).ClickAsync();
        await Assertions.Expect(page.Locator("#case-activity")).ToContainTextAsync($"sign by {Data.DemoOptions.EmailFor(Roles.Pathologist)}");
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        Assert.Equal(ReportStatus.Signed, (await db.ReportVersions.SingleAsync(v => v.Id == stored.VersionId)).Status);
    }

    [Fact]
    public async Task Anonymous_OpeningAReport_GetsTheSignInPage_AndNoPatientData()
    {
        var caseId = await DemoCaseAsync("DEMO-S1-MEL");
        var page = await PageAsync(role: null);

        var response = await page.GotoAsync($"/patients/{caseId}/reports/1");

        Assert.Contains("/Account/Login", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        var html = await page.ContentAsync();
        Assert.DoesNotContain("Lindqvist", html, StringComparison.Ordinal);
        Assert.DoesNotContain("DEMO-0001", html, StringComparison.Ordinal);
        Assert.DoesNotContain("BRAF", html, StringComparison.Ordinal);
        Assert.True(response!.Ok);
    }

    [Fact]
    public async Task Pathologist_HidesAnImplicationWithAReason_ItMovesToTheHiddenList()
    {
        var stored = await App.StoreCaseAsync(demoIndex: 0);
        var page = await PageAsync(Roles.Pathologist);
        await GotoInteractiveAsync(page, $"/patients/{stored.CaseId}/reports/1");
        // One card per implication, whether alone or an option inside a group.
        var shown = page.Locator("section[aria-labelledby=kf-therapies] article.omics-imp");
        await shown.First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var before = await shown.CountAsync();

        // The engine gives BRAF V600E several regimens at tier IA: their Hide buttons sit inside the group's "Why?".
        var group = page.Locator("article.omics-opts").Filter(new() { Has = page.Locator(".omics-imp__biomarker", new() { HasTextString = "BRAF V600E" }) }).First;
        await group.GetByText("Why?").ClickAsync();
        await group.GetByRole(AriaRole.Button, new() { Name = "Hide BRAF V600E from the report" }).First.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Reason").FillAsync("Combination preferred; single agent listed for completeness");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Hide", Exact = true }).ClickAsync();

        var hidden = page.Locator("details.omics-kf__hidden");
        await Assertions.Expect(hidden).ToContainTextAsync("Hidden by the pathologist (1)");
        await Assertions.Expect(shown).ToHaveCountAsync(before - 1);
    }

    [Fact]
    public async Task SecondEditor_SavingAStaleDraft_SeesTheFirstEditorsText_AndKeepsTheirOwn()
    {
        var stored = await App.StoreCaseAsync();
        var first = await PageAsync(Roles.Pathologist);
        var second = await PageAsync(Roles.Pathologist);
        foreach (var page in new[] { first, second })
        {
            await GotoInteractiveAsync(page, $"/patients/{stored.CaseId}/reports/1");
            await page.GetByRole(AriaRole.Tab, new() { Name = "Interpretation" }).ClickAsync();
        }

        await first.GetByLabel("Interpretive comment").FillAsync("First reading of the case.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save comment" }).ClickAsync();
        await Assertions.Expect(first.GetByText("Comment saved.")).ToBeVisibleAsync();
        await second.GetByLabel("Interpretive comment").FillAsync("Second reading, written at the same time.");
        await second.GetByRole(AriaRole.Tab, new() { Name = "Comments" }).ClickAsync();
        await second.GetByRole(AriaRole.Tab, new() { Name = "Interpretation" }).ClickAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Save comment" }).ClickAsync();

        var conflict = second.Locator("#comment-conflict");
        await Assertions.Expect(conflict).ToContainTextAsync("changed this version");
        await Assertions.Expect(conflict).ToContainTextAsync("First reading of the case.");
        await Assertions.Expect(second.GetByLabel("Interpretive comment")).ToHaveValueAsync("Second reading, written at the same time.");
    }

    [Fact]
    public async Task ReportView_IsAuditedOncePerVisit_WhetherLoadedOrReachedInsideTheApp()
    {
        var stored = await App.StoreCaseAsync();
        var page = await PageAsync(Roles.Oncologist);

        await GotoInteractiveAsync(page, $"/patients/{stored.CaseId}/reports/1");
        await page.Locator(".omics-kf").WaitForAsync();
        var afterLoad = await ViewsAsync(stored.VersionId);
        await page.GetByRole(AriaRole.Link, new() { Name = "Worklist" }).ClickAsync();
        await page.GetByLabel("Search by name, MRN or sample ID").PressSequentiallyAsync(stored.SampleId);
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = stored.SampleId }).GetByRole(AriaRole.Link).ClickAsync();
        await page.Locator(".omics-kf").WaitForAsync();

        Assert.Equal(1, afterLoad);
        Assert.Equal(2, await ViewsAsync(stored.VersionId));
    }

    private async Task<int> ViewsAsync(Guid versionId)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.CountAsync(e => e.Action == Data.Audit.AuditActions.View && e.TargetId == versionId.ToString());
    }

    private static Regex ReportUrl() => ReportPath();

    [GeneratedRegex(@"/patients/[0-9a-f-]{36}/reports/\d+$")]
    private static partial Regex ReportPath();
}
