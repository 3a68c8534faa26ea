using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Browser;

/// <summary>axe-core on the main pages, keyboard use, 200% zoom, and the one-screen summary at 1366×768.</summary>
[Collection(WebCollection.Name)]
public class AccessibilityBrowserTests(OmicsWebFactory app) : BrowserSession(app)
{
    [Theory]
    [InlineData("worklist", Roles.Oncologist)]
    [InlineData("report", Roles.Pathologist)]
    [InlineData("report-details", Roles.Oncologist)]
    [InlineData("import", Roles.Pathologist)]
    [InlineData("audit", Roles.Admin)]
    public async Task Page_HasNoAxeViolations(string which, string role)
    {
        var page = await PageAsync(role);
        var caseId = await DemoCaseAsync("DEMO-S2-CRC");
        var path = which switch
        {
            "worklist" => "/patients",
            "report" or "report-details" => $"/patients/{caseId}/reports/1",
            "import" => "/import",
            "audit" => "/admin/audit",
            _ => throw new ArgumentOutOfRangeException(nameof(which)),
        };
        await GotoInteractiveAsync(page, path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (which == "report-details")
        {
            await page.Locator("summary").First.ClickAsync();
            await page.GetByRole(AriaRole.Tab, new() { Name = "History (1)" }).ClickAsync();
        }

        var result = await page.RunAxe();

        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(' ', n.Target) + " " + (n.Html.Length > 160 ? n.Html[..160] : n.Html)))})").ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Theory]
    [InlineData("DEMO-S1-MEL")]
    [InlineData("DEMO-S2-CRC")]
    [InlineData("DEMO-S3-LUNG")]
    public async Task ReportSummary_OfATypicalCase_FitsOneScreenAt1366x768(string sampleId)
    {
        var page = await PageAsync(Roles.Pathologist);
        await GotoInteractiveAsync(page, $"/patients/{await DemoCaseAsync(sampleId)}/reports/{(sampleId == "DEMO-S3-LUNG" ? 2 : 1)}");

        var bottom = await page.EvaluateAsync<double>("() => document.querySelector('.omics-kf').getBoundingClientRect().bottom");
        var width = await page.EvaluateAsync<double>("() => document.querySelector('.omics-report').scrollWidth - document.querySelector('.omics-report').clientWidth");

        Assert.True(bottom <= 768, $"The key findings end at {bottom} px, below the 768 px screen.");
        Assert.True(width <= 0, $"The report is {width} px wider than its column.");
    }

    [Fact]
    public async Task ReportPage_At200PercentZoom_ReflowsWithoutSidewaysScrolling()
    {
        // 200% zoom of a 1366×768 screen leaves a 683×384 CSS-pixel viewport.
        var page = await PageAsync(Roles.Oncologist, 683, 384);
        await GotoInteractiveAsync(page, $"/patients/{await DemoCaseAsync("DEMO-S2-CRC")}/reports/1");

        var overflow = await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var report = await page.EvaluateAsync<double>("() => document.querySelector('.omics-kf').scrollWidth - document.querySelector('.omics-kf').clientWidth");

        Assert.True(overflow <= 0, $"The page scrolls sideways by {overflow} px.");
        Assert.True(report <= 0, $"The key findings overflow by {report} px.");
        await Assertions.Expect(page.Locator(".omics-tier--ia").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task WhyExpander_IsReachedWithTab_OpenedWithEnter_AndShowsAVisibleFocus()
    {
        var page = await PageAsync(Roles.Oncologist);
        await GotoInteractiveAsync(page, $"/patients/{await DemoCaseAsync("DEMO-S1-MEL")}/reports/1");

        var reached = false;
        for (var i = 0; i < 60 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => document.activeElement?.tagName === 'SUMMARY' && !!document.activeElement.closest('.omics-why')");
        }

        Assert.True(reached, "Tab never reached a Why? expander.");
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.closest('details').open"));
    }
}
