using System.Diagnostics;
using Microsoft.Playwright;

namespace OmicsReports.CircuitLoad;

/// <summary>
/// One clinician on one report page (one Blazor circuit): opens a report, reads, expands a "Why?", reads, switches
/// detail tabs, and moves on to another report by in-app navigation (the circuit stays); every
/// <see cref="LoadOptions.ReloadEvery"/> visits the page is loaded afresh (a new circuit replaces the old one).
/// Each action that does not show its result within the timeout, each console error, each page error and each
/// sighting of the reconnect dialog counts as an error.
/// </summary>
internal sealed class ClinicianCircuit(int id, IBrowser browser, string storageState, ReportTargets targets, LoadOptions options, LoadTally tally)
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

    private readonly Random random = new(id);
    private IPage page = default!;
    private string? current;
    private string step = "start";

    public async Task RunAsync(DateTime until, CancellationToken cancellationToken)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = options.BaseAddress.ToString(),
            StorageState = storageState,
            // A desktop screen wide enough for the ten detail tabs without the tab bar scrolling.
            ViewportSize = new ViewportSize { Width = 1920, Height = 1080 },
        });
        page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)options.ActionTimeout.TotalMilliseconds);
        page.PageError += (_, error) => tally.Failed(id, $"page error: {FirstLine(error)}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                tally.Failed(id, $"console error: {FirstLine(message.Text)}");
            }
        };

        var visits = 0;
        var done = 0;
        var up = false;
        while (DateTime.UtcNow < until && !cancellationToken.IsCancellationRequested && done < (options.VisitsPerCircuit ?? int.MaxValue))
        {
            try
            {
                var fresh = !up || visits % options.ReloadEvery == 0;
                var next = targets.Next(random, current);
                await Timed(fresh ? "load" : "navigate", () => fresh ? LoadAsync(next) : NavigateAsync(next));
                if (!up)
                {
                    tally.CircuitUp();
                    up = true;
                }
                else if (fresh)
                {
                    tally.CircuitReplaced();
                }

                visits++;
                done++;
                await ThinkAsync(until, cancellationToken);
                await Timed("why", ExpandWhyAsync);
                await ThinkAsync(until, cancellationToken);
                for (var i = 0; i < 2; i++)
                {
                    await Timed("tab", SwitchTabAsync);
                    await ThinkAsync(until, cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                tally.Failed(id, $"{step} on {current ?? "(first load)"}: {ex.GetType().Name}: {FirstLine(ex.Message)}");
                await ShootAsync();
                visits = 0; // start again from a fresh page, after a pause: reloading at once would feed an overload
                await ThinkAsync(until, cancellationToken);
            }
        }

        if (up)
        {
            tally.CircuitDown();
        }
    }

    private async Task Timed(string name, Func<Task> action)
    {
        step = name;
        var watch = Stopwatch.StartNew();
        await action();
        var broken = await page.EvaluateAsync<string?>(BrokenScript);
        if (broken is not null)
        {
            throw new PlaywrightException(broken);
        }

        tally.Succeeded(watch.Elapsed);
    }

    /// <summary>A full page load: the previous circuit (if any) ends, a new one starts.</summary>
    private async Task LoadAsync(string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-omics-interactive=true]").WaitForAsync();
        await page.Locator("[role=tab]").First.WaitForAsync();
        current = path;
    }

    /// <summary>In-app navigation in the same circuit, as a click on a link of the worklist or the board would do.</summary>
    private async Task NavigateAsync(string path)
    {
        var before = await page.TitleAsync();
        await page.EvaluateAsync("path => Blazor.navigateTo(path)", path);
        await page.WaitForFunctionAsync(
            "before => document.title !== before && document.title.includes(' · v') && document.querySelector('[role=tab]') !== null",
            before, new PageWaitForFunctionOptions { Timeout = (float)options.ActionTimeout.TotalMilliseconds });
        current = path;
    }

    private async Task ExpandWhyAsync()
    {
        var closed = page.Locator("button[aria-label^='Why?'][aria-expanded='false']");
        var count = await closed.CountAsync();
        if (count == 0)
        {
            return; // every "Why?" of this report is open already, or it has none
        }

        var label = await closed.Nth(random.Next(count)).GetAttributeAsync("aria-label");
        var button = page.Locator($"button[aria-label=\"{label}\"]").First;
        await button.ClickAsync();
        await page.Locator($"button[aria-label=\"{label}\"][aria-expanded='true']").First.WaitForAsync();
    }

    private async Task SwitchTabAsync()
    {
        var others = page.Locator("[role=tab][aria-selected='false']");
        var count = await others.CountAsync();
        if (count == 0)
        {
            return;
        }

        var tab = others.Nth(random.Next(count));
        var name = (await tab.InnerTextAsync()).Trim();
        await tab.ClickAsync();
        await page.Locator("[role=tab][aria-selected='true']", new PageLocatorOptions { HasText = name }).First.WaitForAsync();
    }

    /// <summary>A screenshot of a failed page (the first few of the run), to see what the clinician saw.</summary>
    private async Task ShootAsync()
    {
        if (options.FailureShots is { } folder && tally.Errors.Count <= 5)
        {
            try
            {
                Directory.CreateDirectory(folder);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"circuit-{id}-{DateTime.UtcNow:HHmmss}.png") });
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
            {
                // the page is gone or stuck; the error is counted already
            }
        }
    }

    private Task ThinkAsync(DateTime until, CancellationToken cancellationToken)
    {
        var span = options.ThinkMax - options.ThinkMin;
        var pause = options.ThinkMin + (span * random.NextDouble());
        var left = until - DateTime.UtcNow;
        return Task.Delay(pause < left ? pause : left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken);
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
