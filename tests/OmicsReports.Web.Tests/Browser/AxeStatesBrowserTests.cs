using Microsoft.Playwright;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Browser;

/// <summary>
/// axe-core on the page states the UI issue lists, at 100% zoom (1366×768) and at 200% (the 683×384 CSS-pixel
/// viewport a 200% zoom leaves). The states are split over two classes, each with an app and a browser of its own, so
/// that the two halves run side by side (the checks were the longest chain of the web tests).
/// </summary>
public abstract class AxeStatesBrowserTests(OmicsWebFactory app) : BrowserSession(app)
{
    /// <summary>Every state at both sizes.</summary>
    protected static TheoryData<string, int, int> BothSizes(params string[] states)
    {
        var data = new TheoryData<string, int, int>();
        foreach (var state in states)
        {
            data.Add(state, 1366, 768);
            data.Add(state, 683, 384);
        }

        return data;
    }

    /// <remarks>
    /// Both viewports of a state are checked on one load (issue 14: a load and sign-in cost as much as a check): the
    /// state opens at 683×384, axe runs, the window widens to 1366×768 (the layout then matches a load at that size,
    /// see <see cref="PageStates.WidenAsync"/>) and axe runs again. The first of the two cases to run computes both
    /// results (<see cref="ResultsAsync"/>); each case asserts its own.
    /// </remarks>
    protected async Task AssertNoViolationsAsync(string state, int width, int height)
    {
        var results = await ResultsAsync(state);

        var violations = results[(state, width, height)];
        Assert.True(violations.Count == 0, $"{state} at {width}×{height}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    /// <summary>The violations of <paramref name="state"/> at both sizes, computed once per app.</summary>
    protected virtual Task<Dictionary<(string State, int Width, int Height), List<string>>> ResultsAsync(string state) =>
        App.Browsers.OnceAsync($"axe {state}", async () =>
        {
            var page = await PageAsync(RoleFor(state), 683, 384);
            await PageStates.OpenAsync(page, state, App, DemoCaseAsync);
            var results = new Dictionary<(string State, int Width, int Height), List<string>> { [(state, 683, 384)] = await Axe.ViolationsAsync(page) };
            await PageStates.WidenAsync(page, 1366, 768);
            results[(state, 1366, 768)] = await Axe.ViolationsAsync(page);
            await page.Context.CloseAsync();
            return results;
        });

    private static string RoleFor(string state) => state switch
    {
        "knowledge" => Roles.Curator,
        "users" or "audit" => Roles.Admin,
        _ => Roles.Pathologist,
    };
}

/// <summary>axe-core on the report page: its summary, an open "Why?" and each detail tab.</summary>
/// <remarks>
/// The report's twelve states are walked on one load, at 683×384 and then, widened, at 1366×768, instead of a load
/// per state (issue 14: a load costs a Chromium renderer several CPU seconds). Each step brings the page to its
/// state from whatever the step before left (<see cref="PageStates.ShowReportStateAsync"/>): the detail tabs render
/// only the selected panel, so the document axe checks is the one a fresh load and one click give.
/// </remarks>
[Collection(AxeReportCollection.Name)]
public sealed class AxeReportStatesBrowserTests(OmicsWebFactory app) : AxeStatesBrowserTests(app)
{
    public static TheoryData<string, int, int> States() => BothSizes(PageStates.ReportStates);

    [Theory]
    [MemberData(nameof(States))]
    public Task ReportState_HasNoAxeViolations(string state, int width, int height) => AssertNoViolationsAsync(state, width, height);

    protected override Task<Dictionary<(string State, int Width, int Height), List<string>>> ResultsAsync(string state) =>
        App.Browsers.OnceAsync("axe report states", async () =>
        {
            var page = await PageAsync(Roles.Pathologist, 683, 384);
            await PageStates.OpenAsync(page, "report", App, DemoCaseAsync);
            var results = new Dictionary<(string State, int Width, int Height), List<string>>();
            foreach (var (width, height) in new[] { (683, 384), (1366, 768) })
            {
                if (width != 683)
                {
                    await PageStates.WidenAsync(page, width, height);
                }

                // Right to left at the small size, so that the tab strip ends scrolled to its start: MudTabs keeps a
                // strip scrolled at a small size scrolled after the window widens (its first tabs then sit behind the
                // scroll button), which a load at the large size never shows.
                foreach (var each in width == 683 ? PageStates.ReportStates.Reverse() : PageStates.ReportStates)
                {
                    try
                    {
                        await PageStates.ShowReportStateAsync(page, each);
                    }
                    catch (Exception e) when (e is TimeoutException or PlaywrightException)
                    {
                        throw new InvalidOperationException($"Bringing the report to '{each}' at {width}×{height} failed: {e.Message}", e);
                    }

                    results[(each, width, height)] = await Axe.ViolationsAsync(page);
                }
            }

            await page.Context.CloseAsync();
            return results;
        });
}

/// <summary>axe-core on the other pages and the dialogs: worklist, sign, amend and hide, import, knowledge, users, audit.</summary>
[Collection(AxePagesCollection.Name)]
public sealed class AxePageStatesBrowserTests(OmicsWebFactory app) : AxeStatesBrowserTests(app)
{
    public static TheoryData<string, int, int> States() => BothSizes(
        "worklist", "sign-dialog", "amend-dialog", "hide-dialog", "import", "import-error", "import-success", "knowledge",
        "users", "audit");

    [Theory]
    [MemberData(nameof(States))]
    public Task PageState_HasNoAxeViolations(string state, int width, int height) => AssertNoViolationsAsync(state, width, height);

    /// <summary>The control: the runner reports what axe finds, node by node, and refuses a page with a frame it would not check.</summary>
    [Fact]
    public async Task Runner_ReportsViolations_AndRefusesFrames()
    {
        var page = await PageAsync(null);
        await page.SetContentAsync("<html lang=\"en\"><head><title>Control</title></head><body><main><h1>Control</h1><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><button></button></main></body></html>");

        var violations = await Axe.ViolationsAsync(page);

        Assert.Contains(violations, v => v.StartsWith("image-alt:", StringComparison.Ordinal) && v.Contains("<img", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("button-name:", StringComparison.Ordinal));
        await page.SetContentAsync("<html lang=\"en\"><head><title>Frame</title></head><body><main><h1>Frame</h1><iframe title=\"inner\" srcdoc=\"<p>x</p>\"></iframe></main></body></html>");
        var refused = await Assert.ThrowsAsync<Xunit.Sdk.TrueException>(() => Axe.ViolationsAsync(page));
        Assert.Contains("1 frame(s)", refused.Message, StringComparison.Ordinal);
    }
}

[CollectionDefinition(Name)]
public sealed class AxeReportCollection : ICollectionFixture<OmicsWebFactory>
{
    public const string Name = "web app, axe on the report";
}

[CollectionDefinition(Name)]
public sealed class AxePagesCollection : ICollectionFixture<OmicsWebFactory>
{
    public const string Name = "web app, axe on the other pages";
}
