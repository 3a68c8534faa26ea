using Microsoft.Playwright;
using OmicsReports.Data;
using OmicsReports.Data.Identity;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Browser;

/// <summary>Real Chromium against the real app: sign-in, navigation and interactivity over the Blazor circuit.</summary>
[Collection(WebBrowserCollection.Name)]
public class WorklistBrowserTests(OmicsWebFactory app) : IAsyncLifetime
{
    private IPlaywright playwright = default!;
    private IBrowser browser = default!;

    public async Task InitializeAsync() => (playwright, browser) = await Chromium.LaunchAsync();

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    [Fact]
    public async Task DemoOncologist_SignsIn_ReachesWorklist_AndClicksChangeThePageWithoutReloading()
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.ToString() });
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);

        await page.GotoAsync("/patients");
        Assert.Contains("/Account/Login", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("Email").FillAsync(DemoOptions.EmailFor(Roles.Oncologist));
        await page.GetByLabel("Password").FillAsync(OmicsWebFactory.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.WaitForURLAsync("**/patients");
        await page.Locator("[data-omics-interactive=true]").WaitForAsync();
        await page.EvaluateAsync("() => window.omicsLoadMarker = 'same page'");

        Assert.Equal(0, await page.GetByRole(AriaRole.Columnheader, new() { Name = "Date of birth" }).CountAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Show dates of birth" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Date of birth" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Hide dates of birth" })).ToHaveAttributeAsync("aria-pressed", "true");

        await page.GetByLabel("Search by name, MRN or sample ID").PressSequentiallyAsync("okafor");
        await Assertions.Expect(page.Locator("#worklist-count")).ToHaveTextAsync("1 case");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Okafor, Chidi" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Okafor, Chidi" })).ToContainTextAsync("In review");

        Assert.Equal("same page", await page.EvaluateAsync<string>("() => window.omicsLoadMarker"));
        Assert.Empty(scriptErrors);
    }

    [Fact]
    public async Task Search_IgnoresCaseAndAccents_UnderstandsNameOrders_AndLivesInTheAddress()
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.ToString() });
        await SignInAsync(page, Roles.Oncologist);
        await page.GotoAsync("/patients");
        await page.Locator("[data-omics-interactive=true]").WaitForAsync();
        var search = page.GetByLabel("Search by name, MRN or sample ID");

        foreach (var typed in new[] { "muller", "jurgen muller", "Müller, Jürgen", "muller, j", "MÜLLER" })
        {
            await search.FillAsync(typed);
            await Assertions.Expect(page.Locator("#worklist-count")).ToHaveTextAsync("1 case");
            await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Müller, Jürgen" })).ToBeVisibleAsync();
        }

        await search.FillAsync("anna muller");
        await Assertions.Expect(page.Locator("#worklist-count")).ToHaveTextAsync("0 cases");

        // Search, sort and page are in the address: the report's Back and the navigation link bring the same list back.
        await search.FillAsync("okafor");
        await Assertions.Expect(page.Locator("#worklist-count")).ToHaveTextAsync("1 case");
        await page.WaitForURLAsync("**/patients?q=okafor");
        await page.GetByRole(AriaRole.Link, new() { Name = "Okafor, Chidi" }).ClickAsync();
        await page.WaitForURLAsync("**/reports/1");
        await page.GoBackAsync();
        await Assertions.Expect(page.GetByLabel("Search by name, MRN or sample ID")).ToHaveValueAsync("okafor");
        await Assertions.Expect(page.Locator("#worklist-count")).ToHaveTextAsync("1 case");
        await page.GetByRole(AriaRole.Link, new() { Name = "Okafor, Chidi" }).ClickAsync();
        await page.WaitForURLAsync("**/reports/1");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Worklist" })).ToHaveAttributeAsync("href", "patients?q=okafor");
        await page.GotoAsync("/patients?q=lindqvist&sort=patient&dir=asc");
        await Assertions.Expect(page.GetByLabel("Search by name, MRN or sample ID")).ToHaveValueAsync("lindqvist");
        await Assertions.Expect(page.Locator("#worklist-count")).ToHaveTextAsync("1 case");
    }

    [Theory]
    [InlineData(683, 384)]
    [InlineData(1024, 768)]
    public async Task Worklist_At200PercentZoomAnd1024Pixels_KeepsEveryColumnReadable(int width, int height)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = width, Height = height } });
        await SignInAsync(page, Roles.Oncologist);
        await page.GotoAsync("/patients");
        await page.Locator("[data-omics-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Okafor, Chidi" })).ToBeVisibleAsync();

        var overflow = await page.EvaluateAsync<double>("() => Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth, ...[...document.querySelectorAll('.mud-table-container')].map(c => c.scrollWidth - c.clientWidth))");
        // The narrowest cell of the patient, tumour type and top-finding columns: never squeezed to a character or two.
        var narrowest = await page.EvaluateAsync<double>("() => Math.min(...[...document.querySelectorAll('tbody td')].map(td => td.getBoundingClientRect().width))");

        Assert.True(overflow <= 0, $"The worklist scrolls sideways by {overflow} px at {width} px.");
        Assert.True(narrowest >= 60, $"A worklist cell is only {narrowest} px wide at {width} px.");
    }

    [Fact]
    public async Task TopFinding_IsOneLineWithAnEllipsisAndATooltip_AndItsBadgeKeepsItsDistance()
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.ToString() });
        await SignInAsync(page, Roles.Oncologist);
        await page.GotoAsync("/patients?q=tanaka");
        await page.Locator("[data-omics-interactive=true]").WaitForAsync();
        var text = page.Locator(".omics-top-finding .omics-ellipsis").First;
        await Assertions.Expect(text).ToContainTextAsync("HER2");

        var style = await text.EvaluateAsync<string[]>("e => [getComputedStyle(e).whiteSpace, getComputedStyle(e).textOverflow]");
        var clipped = await text.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth");
        var lines = await text.EvaluateAsync<double>("e => Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight))");
        var gap = await page.EvaluateAsync<double>("() => { const c = document.querySelector('.omics-top-finding'); return c.querySelector('.omics-ellipsis').getBoundingClientRect().left - c.querySelector('.omics-tier').getBoundingClientRect().right; }");
        await text.HoverAsync();

        Assert.Equal(["nowrap", "ellipsis"], style);
        Assert.True(clipped, "The long top finding of the breast case should be cut at the column's end.");
        Assert.Equal(1, lines);
        Assert.True(gap >= 4, $"The tier badge is {gap} px from the text.");
        // MudBlazor's tooltip repeats the whole text in a popover beside the cut one.
        var whole = (await text.TextContentAsync())!.Trim();
        Assert.Contains("trastuzumab", whole, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByText(whole, new() { Exact = true })).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByText(whole, new() { Exact = true }).Nth(1)).ToBeVisibleAsync();
    }

    private static async Task SignInAsync(IPage page, string role)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email").FillAsync(DemoOptions.EmailFor(role));
        await page.GetByLabel("Password").FillAsync(OmicsWebFactory.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
    }
}
