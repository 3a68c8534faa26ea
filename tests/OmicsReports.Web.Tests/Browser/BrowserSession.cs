using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OmicsReports.Data;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Browser;

/// <summary>Real Chromium against the real app: one browser per test class, one context per test.</summary>
public abstract class BrowserSession(OmicsWebFactory app) : IAsyncLifetime
{
    private IPlaywright playwright = default!;

    protected IBrowser Browser { get; private set; } = default!;

    protected OmicsWebFactory App => app;

    public async Task InitializeAsync() => (playwright, Browser) = await Chromium.LaunchAsync();

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }

    /// <summary>A fresh page at 1366×768, signed in as the demo account of <paramref name="role"/> (or anonymous).</summary>
    protected async Task<IPage> PageAsync(string? role, int width = 1366, int height = 768)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        if (role is not null)
        {
            await page.GotoAsync("/Account/Login");
            await page.GetByLabel("Email").FillAsync(Data.DemoOptions.EmailFor(role));
            await page.GetByLabel("Password").FillAsync(OmicsWebFactory.DemoPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        }

        return page;
    }

    /// <summary>Opens a page and waits until its circuit is live, so clicks reach the server.</summary>
    protected static async Task GotoInteractiveAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("[data-omics-interactive=true]").WaitForAsync();
    }

    protected async Task<Guid> DemoCaseAsync(string sampleId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        return await db.Cases.Where(c => c.SampleId == sampleId).Select(c => c.Id).SingleAsync();
    }
}
