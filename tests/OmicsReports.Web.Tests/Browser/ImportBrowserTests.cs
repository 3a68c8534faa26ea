using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OmicsReports.Data;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Browser;

/// <summary>The import page: located errors and nothing stored, or a summary with links to the new drafts.</summary>
[Collection(WebBrowserCollection.Name)]
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
        await Assertions.Expect(row.GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync("3");
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

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Imported 1 case" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#import-step")).ToHaveTextAsync("Import finished.");
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = sample }).GetByRole(AriaRole.Link).ClickAsync();
        var header = page.GetByLabel("Patient and specimen");
        await Assertions.Expect(header.GetByText("Draft", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(header).ToContainTextAsync(sample);
    }

    [Fact]
    public async Task Uploads_OneAfterAnother_EachStartsAfresh_ListEveryErrorOfEveryFile_AndSayNothingWasStoredOnce()
    {
        var page = await PageAsync(Roles.Pathologist);
        await GotoInteractiveAsync(page, "/import");
        var broken = Bundles.Broken();
        var steps = new List<string>();
        await page.ExposeFunctionAsync("omicsStep", (string text) => steps.Add(text));
        await page.EvaluateAsync("""
            () => new MutationObserver(() => { const s = document.getElementById('import-step'); if (s) window.omicsStep(s.textContent.trim()); })
                .observe(document.body, { subtree: true, childList: true, characterData: true })
            """);

        await page.GetByLabel("Files").SetInputFilesAsync(
        [
            new FilePayload { Name = "first.bundle.json", MimeType = "application/json", Buffer = broken.Bytes },
            new FilePayload { Name = "second.bundle.json", MimeType = "application/json", Buffer = broken.Bytes },
        ]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nothing was stored" })).ToBeVisibleAsync();

        // Every error of every file, each under its file; "nothing was stored" said once; the progress bar is named.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^first.bundle.json") })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^second.bundle.json") })).ToBeVisibleAsync();
        Assert.Equal(2, await page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Invalid JSON" }).CountAsync());
        var text = await page.Locator("main").InnerTextAsync();
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "nothing was stored", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        await Assertions.Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "Import progress" })).ToBeVisibleAsync();
        Assert.DoesNotContain(steps, s => s.Contains("Harmonized", StringComparison.Ordinal));

        // The next upload starts from nothing: no bar, step or errors of the last one.
        var (good, sample) = CaseFile();
        await page.GetByLabel("Files").SetInputFilesAsync([good]);
        await Assertions.Expect(page.GetByRole(AriaRole.Progressbar)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nothing was stored" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Imported 1 case" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "Import progress" })).ToHaveAttributeAsync("aria-valuenow", "100");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = sample })).ToBeVisibleAsync();
    }

    private static (FilePayload File, string Sample) CaseFile()
    {
        var (name, bytes, sample) = Bundles.Lung();
        return (new FilePayload { Name = name, MimeType = "application/json", Buffer = bytes }, sample);
    }
}
