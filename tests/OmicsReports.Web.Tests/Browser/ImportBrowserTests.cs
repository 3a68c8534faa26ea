using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OmicsReports.Data;
using OmicsReports.Data.Demo;
using OmicsReports.Data.Identity;
using OmicsReports.Data.Reports;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Browser;

/// <summary>The import page: located errors and nothing stored, or a summary with links to the new drafts.</summary>
[Collection(WebCollection.Name)]
public class ImportBrowserTests(OmicsWebFactory app) : BrowserSession(app)
{
    [Fact]
    public async Task Upload_WithAMalformedFile_ListsFileAndLine_AndStoresNothing()
    {
        var (good, sample) = CaseFile();
        var page = await PageAsync(Roles.Pathologist);
        await GotoInteractiveAsync(page, "/import");

        await page.GetByLabel("Files").SetInputFilesAsync(
        [
            good,
            new FilePayload { Name = "broken.case.json", MimeType = "application/json", Buffer = "{\n\n  \"patient\": ]"u8.ToArray() },
        ]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nothing was stored" })).ToBeVisibleAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "broken.case.json" });
        await Assertions.Expect(row).ToContainTextAsync("3");
        await Assertions.Expect(row).ToContainTextAsync("The JSON is malformed here.");
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Cases.AnyAsync(c => c.SampleId == sample));
    }

    [Fact]
    public async Task Upload_OfAValidCase_ShowsTheSummaryWithALinkToTheNewDraft()
    {
        var (good, sample) = CaseFile();
        var page = await PageAsync(Roles.Pathologist);
        await GotoInteractiveAsync(page, "/import");

        await page.GetByLabel("Files").SetInputFilesAsync([good]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Imported 1 case(s)" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#import-step")).ToHaveTextAsync("Import finished.");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = sample }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator(".omics-rh .omics-status")).ToHaveTextAsync("Draft");
        await Assertions.Expect(page.Locator(".omics-rh")).ToContainTextAsync(sample);
    }

    private static (FilePayload File, string Sample) CaseFile()
    {
        var sample = $"UP-{Guid.NewGuid():N}"[..20];
        var demo = DemoCatalog.All[2].Case;
        var omicsCase = demo with { Patient = demo.Patient with { Id = sample, Mrn = sample }, Specimen = demo.Specimen with { SampleId = sample } };
        var bytes = System.Text.Encoding.UTF8.GetBytes(ReportSnapshots.Serialize(omicsCase));
        return (new FilePayload { Name = $"{sample}.case.json", MimeType = "application/json", Buffer = bytes }, sample);
    }
}
