using Microsoft.Playwright;

namespace OmicsReports.CircuitLoad;

/// <summary>The report pages the clinicians open: the heavy case half of the time, the others in turn.</summary>
internal sealed class ReportTargets(string heavy, IReadOnlyList<string> others)
{
    public string Heavy => heavy;

    public IReadOnlyList<string> Others => others;

    /// <summary>A report other than <paramref name="current"/> (in-app navigation to the same address changes nothing).</summary>
    public string Next(Random random, string? current)
    {
        if (current != heavy && (others.Count == 0 || random.Next(2) == 0))
        {
            return heavy;
        }

        var choices = others.Where(o => o != current).ToList();
        return choices.Count == 0 ? heavy : choices[random.Next(choices.Count)];
    }

    /// <summary>Reads the report links of the worklist as the signed-in user sees it.</summary>
    public static async Task<ReportTargets> DiscoverAsync(IBrowser browser, string storageState, LoadOptions options)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = options.BaseAddress.ToString(),
            StorageState = storageState,
        });
        var page = await context.NewPageAsync();
        var rows = await WorklistRowsAsync(page, "/patients");
        // In a shared database (the test suite's) other cases can push the heavy one off the first page: search for it.
        var heavy = Find(rows, options.HeavySample)
                    ?? Find(await WorklistRowsAsync(page, $"/patients?q={Uri.EscapeDataString(options.HeavySample)}"), options.HeavySample)
                    ?? throw new InvalidOperationException($"The worklist shows no {options.HeavySample}; is the app seeded with the demo patients?");
        var others = rows.Select(r => r[0]).Where(h => h != heavy).Distinct().ToList();
        return new ReportTargets(Absolute(heavy), others.Select(Absolute).ToList());
    }

    private static string? Find(string[][] rows, string sample) =>
        rows.FirstOrDefault(r => r[1].Contains(sample, StringComparison.Ordinal))?[0];

    /// <summary>The report links of one worklist page with each row's text.</summary>
    private static async Task<string[][]> WorklistRowsAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.Locator("[data-omics-interactive=true]").WaitForAsync();
        await page.Locator("tr a[href*='/reports/']").First.WaitForAsync();
        return await page.EvaluateAsync<string[][]>("""
            () => [...document.querySelectorAll('tr')]
              .map(tr => [tr.querySelector("a[href*='/reports/']")?.getAttribute('href'), tr.innerText])
              .filter(row => row[0])
            """);
    }

    private static string Absolute(string href) => href.StartsWith('/') ? href : "/" + href;
}
