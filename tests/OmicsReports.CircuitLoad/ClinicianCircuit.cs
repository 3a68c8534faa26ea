using Microsoft.Playwright;

namespace OmicsReports.CircuitLoad;

/// <summary>
/// One clinician on one report page (one Blazor circuit) in headless Chromium, through the visits of
/// <see cref="ClinicianLoop"/>. Each action that does not show its result within the timeout, each console error, each page error and each
/// sighting of the reconnect dialog counts as an error.
/// </summary>
internal sealed class ClinicianCircuit(int id, IBrowser browser, string storageState, ReportTargets targets, LoadOptions options, LoadTally tally)
    : ClinicianLoop(id, targets, options, tally)
{
    /// <summary>Null while the page is healthy; else what the page shows that a clinician would see as broken.</summary>
    private const string BrokenScript = """
        () => {
          const modal = document.getElementById('components-reconnect-modal');
          if (modal && modal.open) return 'the reconnect dialog is shown';
          const ui = document.getElementById('blazor-error-ui');
          if (ui && getComputedStyle(ui).display !== 'none') return 'the unhandled-error bar is shown';
          return null;
        }
        """;

    private IPage page = default!;

    public async Task RunAsync(DateTime until, CancellationToken cancellationToken)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Options.BaseAddress.ToString(),
            StorageState = storageState,
            // A desktop screen wide enough for the ten detail tabs without the tab bar scrolling.
            ViewportSize = new ViewportSize { Width = 1920, Height = 1080 },
        });
        page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)Options.ActionTimeout.TotalMilliseconds);
        page.PageError += (_, error) => Tally.Failed(Id, $"page error: {FirstLine(error)}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Tally.Failed(Id, $"console error: {FirstLine(message.Text)}");
            }
        };

        await VisitAsync(until, cancellationToken);
    }

    protected override async Task CheckAsync()
    {
        if (await page.EvaluateAsync<string?>(BrokenScript) is { } broken)
        {
            throw new PlaywrightException(broken);
        }
    }

    protected override bool IsActionFailure(Exception exception) => exception is PlaywrightException or TimeoutException;

    protected override Task AfterFailureAsync() => ShootAsync();

    /// <summary>A full page load: the previous circuit (if any) ends, a new one starts.</summary>
    protected override async Task LoadAsync(string path, CancellationToken cancellationToken)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-omics-interactive=true]").WaitForAsync();
        await page.Locator("[role=tab]").First.WaitForAsync();
        Current = path;
    }

    /// <summary>In-app navigation in the same circuit, as a click on a link of the worklist or the board would do.</summary>
    protected override async Task NavigateAsync(string path, CancellationToken cancellationToken)
    {
        var before = await page.TitleAsync();
        await page.EvaluateAsync("path => Blazor.navigateTo(path)", path);
        await page.WaitForFunctionAsync(
            "before => document.title !== before && document.title.includes(' · v') && document.querySelector('[role=tab]') !== null",
            before, new PageWaitForFunctionOptions { Timeout = (float)Options.ActionTimeout.TotalMilliseconds });
        Current = path;
    }

    protected override async Task ExpandWhyAsync(CancellationToken cancellationToken)
    {
        var closed = page.Locator("button[aria-label^='Why?'][aria-expanded='false']");
        var count = await closed.CountAsync();
        if (count == 0)
        {
            return; // every "Why?" of this report is open already, or it has none
        }

        var label = await closed.Nth(Random.Next(count)).GetAttributeAsync("aria-label");
        var button = page.Locator($"button[aria-label=\"{label}\"]").First;
        await button.ClickAsync();
        await page.Locator($"button[aria-label=\"{label}\"][aria-expanded='true']").First.WaitForAsync();
    }

    protected override async Task SwitchTabAsync(CancellationToken cancellationToken)
    {
        var others = page.Locator("[role=tab][aria-selected='false']");
        var count = await others.CountAsync();
        if (count == 0)
        {
            return;
        }

        var tab = others.Nth(Random.Next(count));
        var name = (await tab.InnerTextAsync()).Trim();
        await tab.ClickAsync();
        await page.Locator("[role=tab][aria-selected='true']", new PageLocatorOptions { HasText = name }).First.WaitForAsync();
    }

    /// <summary>A screenshot of a failed page (the first few of the run), to see what the clinician saw.</summary>
    private async Task ShootAsync()
    {
        if (Options.FailureShots is { } folder && Tally.Errors.Count <= 5)
        {
            try
            {
                Directory.CreateDirectory(folder);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"circuit-{Id}-{DateTime.UtcNow:HHmmss}.png") });
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                // the page is gone or stuck; the error is counted already
            }
        }
    }
}
