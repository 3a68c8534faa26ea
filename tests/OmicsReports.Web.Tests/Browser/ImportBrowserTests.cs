using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OmicsReports.Data;
using OmicsReports.Data.Identity;
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
            new FilePayload { Name = Bundles.Broken().Name, MimeType = "application/json", Buffer = Bundles.Broken().Bytes },
        ]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nothing was stored" })).ToBeVisibleAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = Bundles.Broken().Name });
        await Assertions.Expect(row.GetByRole(AriaRole.Gridcell).Nth(2)).ToHaveTextAsync("3");
        await Assertions.Expect(row).ToContainTextAsync("Invalid JSON");
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
        var (name, bytes, sample) = Bundles.Lung();
        return (new FilePayload { Name = name, MimeType = "application/json", Buffer = bytes }, sample);
    }
}
