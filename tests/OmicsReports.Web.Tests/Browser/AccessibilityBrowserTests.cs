using Microsoft.Playwright;
using OmicsReports.Data.Identity;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Browser;

/// <summary>
/// Keyboard use, reflow at 200% zoom (the 683×384 CSS-pixel viewport it leaves), the tab bar at 1366 px and the
/// one-screen summary. axe-core on every page state is in <see cref="AxeReportStatesBrowserTests"/> and
/// <see cref="AxePageStatesBrowserTests"/>.
/// </summary>
[Collection(WebBrowserCollection.Name)]
public class AccessibilityBrowserTests(OmicsWebFactory app) : BrowserSession(app)
{
    /// <remarks>
    /// The colorectal demo carries a conflict and two pharmacogenomic alerts whose per-drug dose instructions the
    /// summary must print, so its key findings run past one screen; for it the test asks that every section of the
    /// key findings starts on the first screen, so nothing actionable needs scrolling to be noticed.
    /// </remarks>
    [Theory]
    [InlineData("DEMO-S1-MEL", true)]
    [InlineData("DEMO-S2-CRC", false)]
    [InlineData("DEMO-S3-LUNG", true)]
    public async Task ReportSummary_OfATypicalCase_FitsOneScreenAt1366x768(string sampleId, bool whole)
    {
        var page = await PageAsync(Roles.Pathologist);
        await GotoInteractiveAsync(page, $"/patients/{await DemoCaseAsync(sampleId)}/reports/{(sampleId == "DEMO-S3-LUNG" ? 2 : 1)}");

        var bottom = await page.EvaluateAsync<double>("() => document.querySelector('.omics-kf').getBoundingClientRect().bottom");
        var lastSection = await page.EvaluateAsync<double>("() => Math.max(...[...document.querySelectorAll('.omics-kf__main h3')].map(h => h.getBoundingClientRect().top))");
        var width = await page.EvaluateAsync<double>("() => document.querySelector('.omics-report').scrollWidth - document.querySelector('.omics-report').clientWidth");

        if (whole)
        {
            Assert.True(bottom <= 768, $"The key findings end at {bottom} px, below the 768 px screen.");
        }

        Assert.True(lastSection <= 768, $"The last section of the key findings starts at {lastSection} px, below the 768 px screen.");
        Assert.True(width <= 0, $"The report is {width} px wider than its column.");
    }

    [Fact]
    public async Task ReportPage_At200PercentZoom_ReflowsWithoutSidewaysScrolling()
    {
        var page = await PageAsync(Roles.Oncologist, 683, 384);
        await GotoInteractiveAsync(page, $"/patients/{await DemoCaseAsync("DEMO-S2-CRC")}/reports/1");

        var overflow = await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var report = await page.EvaluateAsync<double>("() => document.querySelector('.omics-kf').scrollWidth - document.querySelector('.omics-kf').clientWidth");

        Assert.True(overflow <= 0, $"The page scrolls sideways by {overflow} px.");
        Assert.True(report <= 0, $"The key findings overflow by {report} px.");
        await Assertions.Expect(page.GetByText("Tier IA: FDA-approved or guideline-recommended in this tumour type").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ReportPage_At1366_TabsScrollInsteadOfClipping_AndTheHeaderButtonsShareOneRow()
    {
        var page = await PageAsync(Roles.Pathologist);
        await GotoInteractiveAsync(page, $"/patients/{await DemoCaseAsync("DEMO-S2-CRC")}/reports/1");

        // Every tab shows its whole label (none cut to "H"); the ones that do not fit are scrolled to, not squeezed.
        var clipped = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('[role=tab]')].filter(t => t.scrollWidth > t.clientWidth + 1).map(t => t.textContent)");
        await page.GetByRole(AriaRole.Tab, new() { Name = "History (1)" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "History (1)" })).ToBeInViewportAsync();
        var tops = await page.GetByRole(AriaRole.Group, new() { Name = "Report actions" }).EvaluateAsync<double[]>(
            "g => [...g.querySelectorAll('a, button')].map(b => Math.round(b.getBoundingClientRect().top))");

        Assert.Empty(clipped);
        Assert.True(tops.Length >= 3, "the sign, export and download actions");
        Assert.Single(tops.Distinct());
    }

    [Fact]
    public async Task WhyToggle_IsReachedWithTab_OpenedWithEnter_AndShowsAVisibleFocus()
    {
        var page = await PageAsync(Roles.Oncologist);
        await GotoInteractiveAsync(page, $"/patients/{await DemoCaseAsync("DEMO-S1-MEL")}/reports/1");

        var reached = false;
        for (var i = 0; i < 60 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => (document.activeElement?.getAttribute('aria-label') ?? '').startsWith('Why?')");
        }

        Assert.True(reached, "Tab never reached a Why? button.");
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(":focus")).ToHaveAttributeAsync("aria-expanded", "true");
    }
}
