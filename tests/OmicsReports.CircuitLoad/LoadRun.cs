using Microsoft.Playwright;

namespace OmicsReports.CircuitLoad;

/// <summary>The outcome of a run: counts, interaction latency, errors and the app samples.</summary>
public sealed record LoadResult(
    int Circuits, int PeakLive, int Opened, int Interactions, double P50Ms, double P95Ms, IReadOnlyList<string> Errors,
    IReadOnlyList<AppSample> Samples, DateTime SteadyFrom)
{
    /// <summary>Protocol client only: JS interop calls answered with null although they expect a value, by identifier.</summary>
    public IReadOnlyDictionary<string, int> UnsatisfiedInterop { get; init; } = new Dictionary<string, int>();

    /// <summary>Protocol client only: the clicks among <see cref="Interactions"/> whose effect was seen.</summary>
    public int Clicks { get; init; }
}

/// <summary>
/// Runs the clinicians: launches the browsers, signs the demo oncologist and pathologist in once each through the
/// real form (their cookies are shared by their circuits, as tabs of one person would), reads the report links from
/// the worklist, opens the circuits over the ramp-up, holds them for the duration, and closes everything.
/// </summary>
public static class LoadRun
{
    /// <summary>
    /// Debian's Chromium as the tests launch it, plus: pages in the background keep their timers (the circuit's
    /// keep-alive must not be throttled as in a hidden tab; a clinician's open report is on screen).
    /// </summary>
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--disable-background-timer-throttling",
        "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
    ];

    private static readonly string[] Roles = ["oncologist", "pathologist"];

    public static async Task<LoadResult> RunAsync(LoadOptions options, TextWriter log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        if (options.Client == LoadClient.Protocol)
        {
            return await Protocol.ProtocolRun.RunAsync(options, log, cancellationToken);
        }

        using var playwright = await Playwright.CreateAsync();
        var browsers = new List<IBrowser>();
        try
        {
            for (var i = 0; i < options.Browsers; i++)
            {
                browsers.Add(await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = options.ChromiumPath,
                    Headless = true,
                    Args = Arguments,
                }));
            }

            var states = new List<string>();
            foreach (var role in Roles)
            {
                states.Add(await SignInAsync(browsers[0], role, options));
            }

            var targets = await ReportTargets.DiscoverAsync(browsers[0], states[0], options);
            await log.WriteLineAsync($"{targets.Others.Count + 1} reports: heavy {targets.Heavy}");
            return await HoldAsync(options, (i, tally, until, token) =>
                new ClinicianCircuit(i, browsers[i % browsers.Count], states[i % states.Count], targets, options, tally).RunAsync(until, token),
                log, cancellationToken);
        }
        finally
        {
            foreach (var browser in browsers)
            {
                await browser.CloseAsync();
            }
        }
    }

    /// <summary>Opens the clinicians over the ramp-up, reports progress every 30 s, samples the app, and counts.</summary>
    internal static async Task<LoadResult> HoldAsync(LoadOptions options, Func<int, LoadTally, DateTime, CancellationToken, Task> clinician,
        TextWriter log, CancellationToken cancellationToken)
    {
        var tally = new LoadTally();
        var started = DateTime.UtcNow;
        var steadyFrom = started + options.RampUp + options.Settle;
        var until = steadyFrom + options.Duration;
        using var sampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sampler = options.AppPid is { } pid ? new AppSampler(pid, tally, options.SamplesCsv) : null;
        var samplerTask = sampler?.RunAsync(options.SampleEvery, sampling.Token) ?? Task.CompletedTask;
        var circuits = Enumerable.Range(0, options.Circuits).Select(async i =>
        {
            try
            {
                await Task.Delay(options.RampUp * i / Math.Max(1, options.Circuits), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return; // stopped before this clinician arrived
            }

            await clinician(i, tally, until, cancellationToken);
        }).ToList();
        var all = Task.WhenAll(circuits);
        var shown = 0;
        while (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(30), CancellationToken.None)) != all)
        {
            var errors = tally.Errors;
            await log.WriteLineAsync($"{DateTime.UtcNow:HH:mm:ss} live {tally.Live}, opened {tally.Opened}, interactions {tally.Interactions}, errors {errors.Count}");
            // The first errors as they happen, so that a run going wrong can be stopped early and understood.
            foreach (var error in errors.Skip(shown).Take(Math.Max(0, 20 - shown)))
            {
                await log.WriteLineAsync($"  {error}");
            }

            shown = Math.Max(shown, Math.Min(errors.Count, 20));
        }

        await all;
        await sampling.CancelAsync();
        await samplerTask;
        return new LoadResult(options.Circuits, tally.Peak, tally.Opened, tally.Interactions, tally.Percentile(0.5), tally.Percentile(0.95),
            tally.Errors, sampler?.Samples ?? [], steadyFrom)
        {
            UnsatisfiedInterop = new Dictionary<string, int>(tally.UnsatisfiedInterop, StringComparer.Ordinal),
            Clicks = tally.Clicks,
        };
    }

    /// <summary>A real sign-in through the form; the cookies it leaves are the storage state of that role's circuits.</summary>
    private static async Task<string> SignInAsync(IBrowser browser, string role, LoadOptions options)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = options.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync($"{role}@demo.omics.example");
        await page.GetByLabel("Password").FillAsync(options.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        return await context.StorageStateAsync();
    }
}
