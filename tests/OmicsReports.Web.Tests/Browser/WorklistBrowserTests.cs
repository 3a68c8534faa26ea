using Microsoft.Playwright;
using OmicsReports.Data;
using OmicsReports.Data.Identity;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Browser;

/// <summary>Real Chromium against the real app: sign-in, navigation and interactivity over the Blazor circuit.</summary>
[Collection(WebCollection.Name)]
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
        await Assertions.Expect(page.GetByRole(AriaRole.Gridcell, new() { Name = "Okafor, Chidi" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Okafor, Chidi" })).ToContainTextAsync("In review");

        Assert.Equal("same page", await page.EvaluateAsync<string>("() => window.omicsLoadMarker"));
        Assert.Empty(scriptErrors);
    }
}
