using Microsoft.Playwright;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Browser;

/// <summary>Opens a named page state the UI issue lists (a page, a tab, a dialog, an import outcome), ready to check or capture.</summary>
internal static class PageStates
{
    public static async Task OpenAsync(IPage page, string state, OmicsWebFactory app, Func<string, Task<Guid>> demoCase)
    {
        var crc = $"/patients/{await demoCase("DEMO-S2-CRC")}/reports/1";
        var path = state switch
        {
            "worklist" => "/patients",
            "import" or "import-error" or "import-success" => "/import",
            "knowledge" => "/knowledge",
            "users" => "/admin/users",
            "audit" => "/admin/audit",
            "amend-dialog" => $"/patients/{await demoCase("DEMO-S1-MEL")}/reports/1",
            "hide-dialog" => $"/patients/{(await app.StoreCaseAsync(demoIndex: 0)).CaseId}/reports/1",
            _ => crc,
        };
        await page.GotoAsync(path);
        await page.Locator("[data-omics-interactive=true]").WaitForAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        switch (state)
        {
            case "report-why":
            case var tab when tab.StartsWith("tab-", StringComparison.Ordinal):
                await ShowReportStateAsync(page, state);
                return;
            case "sign-dialog":
                await page.GetByRole(AriaRole.Button, new() { Name = "Sign report…" }).ClickAsync();
                await page.GetByRole(AriaRole.Dialog).WaitForAsync();
                break;
            case "amend-dialog":
                await page.GetByRole(AriaRole.Button, new() { Name = "Amend…" }).ClickAsync();
                await page.GetByRole(AriaRole.Dialog).WaitForAsync();
                break;
            case "hide-dialog":
                await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Why\\? BRAF V600E") }).First.ClickAsync();
                await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Hide .* from the report$") }).First.ClickAsync();
                await page.GetByRole(AriaRole.Dialog).WaitForAsync();
                break;
            case "import-error":
                await page.GetByLabel("Files").SetInputFilesAsync(new FilePayload { Name = "sample.bundle.json", MimeType = "application/json", Buffer = Bundles.Broken().Bytes });
                await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
                await page.GetByRole(AriaRole.Heading, new() { Name = "Nothing was stored" }).WaitForAsync();
                break;
            case "import-success":
                var (name2, bytes, _) = Bundles.Lung();
                await page.GetByLabel("Files").SetInputFilesAsync(new FilePayload { Name = name2, MimeType = "application/json", Buffer = bytes });
                await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
                await page.GetByRole(AriaRole.Heading, new() { Name = "Imported 1 case" }).WaitForAsync();
                break;
        }

        await page.WaitForTimeoutAsync(300); // dialogs and tabs finish their transitions
    }

    /// <summary>The report page's states, in the order <see cref="ShowReportStateAsync"/> can walk them on one load.</summary>
    public static readonly string[] ReportStates =
    [
        "report", "report-why", "tab-variants", "tab-copy-number", "tab-fusions", "tab-expression", "tab-protein",
        "tab-pharmacogenomics", "tab-data-quality", "tab-interpretation", "tab-comments", "tab-history",
    ];

    /// <summary>
    /// Brings an open report page to one of <see cref="ReportStates"/>, whatever state it was in: "report" is the
    /// Variants tab with every "Why?" closed, "report-why" the same with the first "Why?" open, "tab-…" that tab with
    /// every "Why?" closed. On a fresh load it clicks what the state names and nothing else.
    /// </summary>
    public static async Task ShowReportStateAsync(IPage page, string state)
    {
        await SetFirstWhyAsync(page, open: state == "report-why");
        var tab = state.StartsWith("tab-", StringComparison.Ordinal) ? state[4..].Replace('-', ' ') : "variants";
        var header = page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex($"^{tab}", System.Text.RegularExpressions.RegexOptions.IgnoreCase) });
        if (state.StartsWith("tab-", StringComparison.Ordinal) || await header.GetAttributeAsync("aria-selected") != "true")
        {
            await header.ClickAsync();
            await Assertions.Expect(header).ToHaveAttributeAsync("aria-selected", "true");
        }

        await page.WaitForTimeoutAsync(300); // tabs and the "Why?" panel finish their transitions
    }

    private static async Task SetFirstWhyAsync(IPage page, bool open)
    {
        var why = page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Why\\?") }).First;
        if (!open && await why.CountAsync() == 0)
        {
            return; // a report without a "Why?" is already in a closed state
        }

        var wanted = open ? "true" : "false";
        if (await why.GetAttributeAsync("aria-expanded") != wanted)
        {
            await why.ClickAsync();
            await Assertions.Expect(why).ToHaveAttributeAsync("aria-expanded", wanted);
        }
    }

    /// <summary>
    /// Widens the window of a state opened at a small size to <paramref name="width"/>×<paramref name="height"/> and
    /// waits until the layout has reacted: at the large breakpoint (1280 px) the circuit hears of the resize and opens
    /// the navigation drawer. Measured (issue 14): every element, size and ARIA state then matches a load at the large
    /// size; only MudBlazor's "not toggled yet" class on the drawer differs. The other way round does not hold: a
    /// drawer closed by shrinking stays laid out off-screen, where a load at the small size hides it.
    /// </summary>
    public static async Task WidenAsync(IPage page, int width, int height)
    {
        await page.SetViewportSizeAsync(width, height);
        var open = width >= 1280 ? "true" : "false";
        await page.WaitForFunctionAsync($"() => document.querySelector('[aria-controls=omics-navigation]')?.getAttribute('aria-expanded') === '{open}'");
        await page.WaitForTimeoutAsync(300); // the drawer finishes its transition
    }
}
