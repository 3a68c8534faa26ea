using Microsoft.Playwright;
using OmicsReports.Data.Identity;
using OmicsReports.Reporting.Theme;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Browser;

/// <summary>
/// The theme's CSS variables come from one cached stylesheet (/theme.css), not from a style block in every page: in
/// real Chromium the colours still are the design tokens', on the interactive report and on the static sign-in page.
/// </summary>
[Collection(WebBrowserCollection.Name)]
public class ThemeBrowserTests(OmicsWebFactory app) : BrowserSession(app)
{
    [Fact]
    public async Task ReportPage_TakesTheTokensColours_FromTheThemeStylesheet_WithoutAnInlineTheme()
    {
        var page = await PageAsync(Roles.Oncologist);
        var response = await page.GotoAsync($"/patients/{await DemoCaseAsync("DEMO-S1-MEL")}/reports/1");
        await page.Locator("[data-omics-interactive=true]").WaitForAsync();

        var html = await response!.TextAsync();
        Assert.DoesNotContain("--mud-palette-primary", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{ThemeStylesheet.Shipped.Href}\"", html, StringComparison.Ordinal);
        // The app bar's colour is the theme's primary (MudBlazor's variable), which the theme builds from --omics-accent.
        Assert.Equal(await TokenAsync(page, "accent"), await ComputedAsync(page, ".mud-appbar", "background-color"));
        Assert.Equal(await TokenAsync(page, "surface-alt"), await ComputedAsync(page, ".mud-drawer", "background-color"));
        Assert.Equal(await TokenAsync(page, "ink"), await ComputedAsync(page, "main", "color"));
        Assert.Equal(await TokenAsync(page, "tier-ia"), await ComputedAsync(page, ".omics-tier--ia", "background-color"));
    }

    [Fact]
    public async Task SignInPage_RenderedStatically_TakesTheThemeToo()
    {
        var page = await PageAsync(role: null);
        await page.GotoAsync("/Account/Login");

        Assert.Equal(await TokenAsync(page, "accent"), await ComputedAsync(page, ".omics-account__brand", "color"));
    }

    [Fact]
    public async Task ThemeStylesheet_IsPublic_AndCachedForGoodUnderItsVersion()
    {
        var page = await PageAsync(role: null);

        var versioned = await page.APIRequest.GetAsync(ThemeStylesheet.Shipped.Href);
        var bare = await page.APIRequest.GetAsync("theme.css");

        Assert.Equal(200, versioned.Status);
        Assert.StartsWith("text/css", versioned.Headers["content-type"], StringComparison.Ordinal);
        Assert.Contains("immutable", versioned.Headers["cache-control"], StringComparison.Ordinal);
        Assert.Equal(ThemeStylesheet.Shipped.Css, await versioned.TextAsync());
        Assert.Equal(200, bare.Status);
        Assert.DoesNotContain("immutable", bare.Headers["cache-control"], StringComparison.Ordinal);
    }

    /// <summary>A design token as Chromium computes a colour from it (rgb(r, g, b)).</summary>
    private static Task<string> TokenAsync(IPage page, string token) => page.EvaluateAsync<string>(
        """
        name => {
          const probe = document.createElement('span');
          probe.style.color = getComputedStyle(document.documentElement).getPropertyValue('--omics-' + name).trim();
          document.body.appendChild(probe);
          const colour = getComputedStyle(probe).color;
          probe.remove();
          return colour;
        }
        """, token);

    private static async Task<string> ComputedAsync(IPage page, string selector, string property)
    {
        var element = page.Locator(selector).First;
        await element.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        return await element.EvaluateAsync<string>("(e, p) => getComputedStyle(e).getPropertyValue(p)", property);
    }
}
