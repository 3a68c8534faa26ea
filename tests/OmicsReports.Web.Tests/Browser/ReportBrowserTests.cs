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
[Collection(WebBrowserCollection.Name)]
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
        // Its regimens for BRAF V600E at tier IA and one line share one card; one "Why?" opens each option's own rationale.
        var therapies = page.GetByRole(AriaRole.Region, new() { Name = "Therapies" });
        var group = therapies.GetByRole(AriaRole.Article, new() { NameRegex = new Regex(@"^BRAF V600E[^:]*: .*tier IA$") }).First;
        await Assertions.Expect(group.GetByText("Rationale")).ToHaveCountAsync(0);
        await group.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Why\\? BRAF V600E") }).ClickAsync();
        var tierOne = group.GetByRole(AriaRole.Article, new() { NameRegex = new Regex(@"dabrafenib \+ trametinib, Benefit expected, tier IA$") });
        await Assertions.Expect(tierOne).ToContainTextAsync("BRAF V600E");
        await Assertions.Expect(tierOne).ToContainTextAsync("which includes this Cutaneous Melanoma (SKCM)");
        var shipped = App.Services.GetRequiredService<IReportEngine>().KnowledgeBase!.Version;
        await Assertions.Expect(tierOne).ToContainTextAsync($"knowledge base {shipped}");
    }

    [Fact]
    public async Task Pathologist_ReviewsAndSigns_SeesTheStatusChangeAndTheAuditEntry()
    {
        var stored = await App.StoreCaseAsync(demoIndex: 1);
        var page = await PageAsync(Roles.Pathologist);
        await GotoInteractiveAsync(page, $"/patients/{stored.CaseId}/reports/1");
        var header = page.GetByLabel("Patient and specimen");
        await Assertions.Expect(header.GetByText("Draft", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Draft: not signed, not for clinical decisions.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Start review" }).ClickAsync();
        await Assertions.Expect(header.GetByText("In review", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("In review: not signed, not for clinical decisions.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign report…" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("I have reviewed").CheckAsync();
        await dialog.GetByLabel("Your password").FillAsync(OmicsWebFactory.DemoPassword);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Sign", Exact = true }).ClickAsync();

        await Assertions.Expect(header.GetByText("Signed", new() { Exact = true }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(new Regex("not signed, not for clinical decisions"))).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#report-action-message")).ToContainTextAsync("is signed by");
        await page.GetByRole(AriaRole.Tab, new() { Name = "History" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.List).Filter(new() { HasText = "sign by" })).ToContainTextAsync($"sign by {Data.DemoOptions.EmailFor(Roles.Pathologist)}");
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
    public async Task Pathologist_HidesOneTherapyWithAReason_TheButtonDialogAndAuditNameIt_AndItMovesToTheHiddenList()
    {
        var stored = await App.StoreCaseAsync(demoIndex: 0);
        var page = await PageAsync(Roles.Pathologist);
        await GotoInteractiveAsync(page, $"/patients/{stored.CaseId}/reports/1");
        var therapies = page.GetByRole(AriaRole.Region, new() { Name = "Therapies" });
        // The engine gives BRAF V600E several regimens at tier IA, folded into cards: each option's Hide button names its drugs.
        // Open every card's "Why?" (a toggle keeps its name when open; only aria-expanded changes).
        var toggles = therapies.Locator("button.omics-why__toggle");
        await Assertions.Expect(toggles.First).ToBeVisibleAsync();
        var count = await toggles.CountAsync();
        for (var i = 0; i < count; i++)
        {
            await toggles.Nth(i).ClickAsync();
        }

        var hideDabrafenib = therapies.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Hide dabrafenib for BRAF V600E") });
        await Assertions.Expect(hideDabrafenib).ToHaveCountAsync(1);
        await hideDabrafenib.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync("Hide dabrafenib for BRAF V600E");
        await dialog.GetByLabel("Reason").FillAsync("Combination preferred; single agent listed for completeness");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Hide", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByText("Hidden by the pathologist (1)")).ToBeVisibleAsync();
        await Assertions.Expect(hideDabrafenib).ToHaveCountAsync(0);
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        var audited = await db.AuditEntries.Where(e => e.TargetId == stored.VersionId.ToString() && e.Detail.Contains("hidden")).Select(e => e.Detail).SingleAsync();
        Assert.Contains("(dabrafenib for BRAF V600E) hidden: Combination preferred", audited, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pathologist_HidesEveryOptionOfACardWithSeveralDrugs_AtOnce()
    {
        var stored = await App.StoreCaseAsync(demoIndex: 0);
        var page = await PageAsync(Roles.Pathologist);
        await GotoInteractiveAsync(page, $"/patients/{stored.CaseId}/reports/1");
        // A card of several regimens (the named one and its alternatives): "+N alternatives" gives its size.
        var group = page.GetByRole(AriaRole.Region, new() { Name = "Therapies" })
            .GetByRole(AriaRole.Article, new() { NameRegex = new Regex(@"^BRAF V600E[^:]*: .*, \d+ more, tier IA$") }).First;
        var more = await group.Locator(".omics-opts__count").First.TextContentAsync();
        var options = int.Parse(Regex.Match(more!, @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
        var label = await group.GetAttributeAsync("aria-label");

        await group.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Why\\? BRAF V600E") }).ClickAsync();
        await group.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Hide all \d+ options for BRAF V600E") }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Reason").FillAsync("Discussed at the board: trial preferred");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Hide", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByText($"Hidden by the pathologist ({options})")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Therapies" }).GetByRole(AriaRole.Article, new() { Name = label, Exact = true })).ToHaveCountAsync(0);
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
        await page.GetByRole(AriaRole.Heading, new() { Name = "Therapies" }).WaitForAsync();
        var afterLoad = await ViewsAsync(stored.VersionId);
        await page.GetByRole(AriaRole.Link, new() { Name = "Worklist" }).ClickAsync();
        await page.GetByLabel("Search by name, MRN or sample ID").PressSequentiallyAsync(stored.SampleId);
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = stored.SampleId }).GetByRole(AriaRole.Link).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Therapies" }).WaitForAsync();

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
