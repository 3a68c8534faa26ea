using Microsoft.Playwright;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Browser;

/// <summary>A separate app over a fresh database, so the pictures show the demo patients only.</summary>
[CollectionDefinition(Name)]
public sealed class ScreenshotCollection : ICollectionFixture<OmicsWebFactory>
{
    public const string Name = "screenshots";
}

/// <summary>
/// Takes the screenshots of docs/screenshots (set OMICS_SCREENSHOTS=docs/screenshots to refresh them; otherwise they
/// go to a temporary folder) and checks that every main page renders without a script error.
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
        var crc = await DemoCaseAsync("DEMO-S2-CRC");
        var uec = await DemoCaseAsync("DEMO-S6-UEC");
        var lung = await DemoCaseAsync("DEMO-S3-LUNG");

        var oncologist = await Watched(PageAsync(Roles.Oncologist), errors);
        await Capture(oncologist, "/patients", "01-worklist.png");
        await Capture(oncologist, $"/patients/{await DemoCaseAsync("DEMO-S1-MEL")}/reports/1", "02-report-summary-signed.png");

        var pathologist = await Watched(PageAsync(Roles.Pathologist), errors);
        await Capture(pathologist, $"/patients/{crc}/reports/1", "03-report-summary-in-review.png");
        await Capture(pathologist, $"/patients/{uec}/reports/1", "04-report-500-variants-why-open.png", 1366, 1500, async page =>
        {
            await page.Locator("section[aria-labelledby=kf-therapies] summary").First.ClickAsync();
        });
        await Capture(pathologist, $"/patients/{crc}/reports/1", "05-sign-dialog.png", 1366, 768, async page =>
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign report…" }).ClickAsync();
            await page.GetByRole(AriaRole.Dialog).WaitForAsync();
        });
        await Capture(pathologist, $"/patients/{lung}/reports/2", "06-history-diff.png", 1366, 1300, async page =>
        {
            await page.GetByRole(AriaRole.Tab, new() { Name = "History (2)" }).ClickAsync();
            await page.GetByLabel("Compare version 2 with").SelectOptionAsync("1");
            await page.Locator(".omics-diff").WaitForAsync();
            await page.Locator(".omics-details").ScrollIntoViewIfNeededAsync();
        });
        await Capture(pathologist, "/import", "07-import-errors.png", 1366, 900, async page =>
        {
            await page.GetByLabel("Files").SetInputFilesAsync(new FilePayload { Name = "sample.bundle.json", MimeType = "application/json", Buffer = Bundles.Broken().Bytes });
            await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Nothing was stored" }).WaitForAsync();
        });

        var admin = await Watched(PageAsync(Roles.Admin), errors);
        await Capture(admin, "/admin/audit", "08-audit-log.png");

        var zoomed = await Watched(PageAsync(Roles.Oncologist, 683, 384), errors);
        await Capture(zoomed, $"/patients/{crc}/reports/1", "09-report-at-200-percent.png", 683, 384);

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

        await page.WaitForTimeoutAsync(400); // let charts and dialogs finish their transitions
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, file) });
    }
}
