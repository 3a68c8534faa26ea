using Microsoft.Playwright;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Tests.Infrastructure;
using OmicsReports.Web.Tests.TumorBoard;

namespace OmicsReports.Web.Tests.Browser;

/// <summary>A separate app over a fresh database, so the pictures show the demo patients only.</summary>
[CollectionDefinition(Name)]
public sealed class ScreenshotCollection : ICollectionFixture<OmicsWebFactory>
{
    public const string Name = "screenshots";
}

/// <summary>
/// Takes the screenshots of docs/screenshots (set OMICS_SCREENSHOTS=docs/screenshots to refresh them; otherwise they
/// go to a temporary folder) and checks that every page renders without a script error: each page at 1366×768, the
/// worklist and the report at 200% zoom (683×384 CSS pixels) and the worklist in a 1024 px window.
/// </summary>
[Collection(ScreenshotCollection.Name)]
public class ScreenshotTests(OmicsWebFactory app) : BrowserSession(app)
{
    private readonly string folder = Environment.GetEnvironmentVariable("OMICS_SCREENSHOTS") is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.Combine(Path.GetTempPath(), $"omics-screenshots-{Guid.NewGuid():N}");

    [Fact]
    public async Task MainPages_RenderWithoutScriptErrors_AndAreCaptured()
    {
        Directory.CreateDirectory(folder);
        var errors = new List<string>();
        var report = $"/patients/{await DemoCaseAsync("DEMO-S2-CRC")}/reports/1";

        var oncologist = await Watched(PageAsync(Roles.Oncologist), errors);
        await Capture(oncologist, "/patients", "01-worklist.png");
        await Capture(oncologist, "/patients?q=muller", "02-worklist-search.png");
        await Capture(oncologist, $"/patients/{await DemoCaseAsync("DEMO-S1-MEL")}/reports/1", "05-report-summary-signed.png");
        await Capture(oncologist, $"/patients/{await DemoCaseAsync("DEMO-S3-LUNG")}/reports/2", "07-report-amended-summary.png");
        // Before the import pictures below add a test case to the worklist.
        var zoomed = await Watched(PageAsync(Roles.Oncologist, 683, 384), errors);
        await Capture(zoomed, "/patients", "03-worklist-at-200-percent.png", 683, 384);
        await Capture(zoomed, report, "24-report-at-200-percent.png", 683, 384);
        var narrow = await Watched(PageAsync(Roles.Oncologist, 1024, 768), errors);
        await Capture(narrow, "/patients", "04-worklist-at-1024.png", 1024, 768);

        var pathologist = await Watched(PageAsync(Roles.Pathologist), errors);
        await Capture(pathologist, report, "06-report-summary-in-review.png");
        await Capture(pathologist, $"/patients/{await DemoCaseAsync("DEMO-S6-UEC")}/reports/1", "08-report-500-variants-why-open.png", 1366, 1500, async page =>
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Why\\?") }).First.ClickAsync());
        await Capture(pathologist, $"/patients/{await DemoCaseAsync("DEMO-S6-UEC")}/reports/1", "09-report-variants-and-vaf-plot.png", 1366, 768, async page =>
            await page.GetByRole(AriaRole.Figure).ScrollIntoViewIfNeededAsync());
        await Capture(pathologist, report, "10-report-tabs-at-1366.png", 1366, 768, async page =>
        {
            await page.GetByRole(AriaRole.Tab, new() { Name = "History (1)" }).ClickAsync();
            await page.GetByRole(AriaRole.Tab, new() { Name = "History (1)" }).ScrollIntoViewIfNeededAsync();
        });
        foreach (var (state, file) in new[] { ("sign-dialog", "11-sign-dialog.png"), ("amend-dialog", "12-amend-dialog.png"), ("hide-dialog", "13-hide-dialog.png"),
                     ("import", "15-import.png"), ("import-error", "16-import-errors.png"), ("import-success", "17-import-success.png") })
        {
            await CaptureState(pathologist, state, file);
        }

        await Capture(pathologist, $"/patients/{await DemoCaseAsync("DEMO-S3-LUNG")}/reports/2", "14-history-diff.png", 1366, 1100, async page =>
        {
            await page.GetByRole(AriaRole.Tab, new() { Name = "History (2)" }).ClickAsync();
            await page.GetByRole(AriaRole.Combobox, new() { Name = "Compare version 2 with" }).ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "version 1" }).ClickAsync();
            await page.GetByText("From version 1 to version 2:").ScrollIntoViewIfNeededAsync();
        });

        var admin = await Watched(PageAsync(Roles.Admin), errors);
        await Capture(admin, "/admin/audit", "18-audit-log.png", 1366, 768, async page =>
            await page.GetByLabel("Patient (name or MRN)").FillAsync("okafor"));
        await Capture(admin, "/admin/users", "19-users.png");
        var curator = await Watched(PageAsync(Roles.Curator), errors);
        await Capture(curator, "/knowledge", "20-knowledge-base.png");

        var board = await App.MeetingOfAsync(await App.DemoUserAsync(Roles.Oncologist), [await DemoCaseAsync("DEMO-S1-MEL"), await DemoCaseAsync("DEMO-S2-CRC")]);
        await Capture(oncologist, "/boards", "21-boards.png");
        await Capture(oncologist, $"/boards/{board.Id}", "22-meeting.png");
        await Capture(oncologist, $"/boards/{board.Id}/present", "23-presentation.png", 1366, 768, async page =>
            await page.Locator("#board-slide-title").WaitForAsync());


        Assert.Empty(errors);
        foreach (var file in Directory.GetFiles(folder, "*.png"))
        {
            Assert.True(new FileInfo(file).Length > 10_000, $"{file} is suspiciously small.");
        }
    }

    private static async Task<IPage> Watched(Task<IPage> opening, List<string> errors)
    {
        var page = await opening;
        page.PageError += (_, error) => errors.Add(error);
        return page;
    }

    private async Task Capture(IPage page, string path, string file, int width = 1366, int height = 768, Func<IPage, Task>? prepare = null)
    {
        await page.SetViewportSizeAsync(width, height);
        await GotoInteractiveAsync(page, path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (prepare is not null)
        {
            await prepare(page);
        }

        await page.WaitForTimeoutAsync(500); // let charts, tooltips and dialogs finish their transitions
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, file) });
    }

    private async Task CaptureState(IPage page, string state, string file)
    {
        await page.SetViewportSizeAsync(1366, 768);
        await PageStates.OpenAsync(page, state, App, DemoCaseAsync);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, file) });
    }
}
