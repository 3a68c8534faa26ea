using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
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
    /// results; each case asserts its own. axe reports every node of a violation; passes and other result types
    /// keep one example node each, which these checks never read.
    /// </remarks>
    protected async Task AssertNoViolationsAsync(string state, int width, int height)
    {
        var results = await App.Browsers.OnceAsync($"axe {state}", () => AxeBothViewportsAsync(state));

        var violations = results[(width, height)];
        Assert.True(violations.Count == 0, $"{state} at {width}×{height}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    private async Task<Dictionary<(int Width, int Height), List<string>>> AxeBothViewportsAsync(string state)
    {
        var role = state switch
        {
            "knowledge" => Roles.Curator,
            "users" or "audit" => Roles.Admin,
            _ => Roles.Pathologist,
        };
        var options = new AxeRunOptions { ResultTypes = [ResultType.Violations] };
        var page = await PageAsync(role, 683, 384);
        await PageStates.OpenAsync(page, state, App, DemoCaseAsync);
        var results = new Dictionary<(int Width, int Height), List<string>> { [(683, 384)] = Violations(await page.RunAxe(options)) };
        await PageStates.WidenAsync(page, 1366, 768);
        results[(1366, 768)] = Violations(await page.RunAxe(options));
        await page.Context.CloseAsync();
        return results;
    }

    private static List<string> Violations(AxeResult result) =>
        result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(' ', n.Target) + " " + (n.Html.Length > 160 ? n.Html[..160] : n.Html)))})").ToList();
}

/// <summary>axe-core on the report page: its summary, an open "Why?" and each detail tab.</summary>
[Collection(AxeReportCollection.Name)]
public sealed class AxeReportStatesBrowserTests(OmicsWebFactory app) : AxeStatesBrowserTests(app)
{
    public static TheoryData<string, int, int> States() => BothSizes(
        "report", "report-why", "tab-variants", "tab-copy-number", "tab-fusions", "tab-expression", "tab-protein",
        "tab-pharmacogenomics", "tab-data-quality", "tab-interpretation", "tab-comments", "tab-history");

    [Theory]
    [MemberData(nameof(States))]
    public Task ReportState_HasNoAxeViolations(string state, int width, int height) => AssertNoViolationsAsync(state, width, height);
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
