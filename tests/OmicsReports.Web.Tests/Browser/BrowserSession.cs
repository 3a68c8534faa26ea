using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OmicsReports.Data;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Browser;

/// <summary>
/// Real Chromium against the real app: the app's one shared browser (<see cref="BrowserPool"/>), a context per page,
/// and every context the test opened closed when it ends, so no page or circuit outlives its test.
/// </summary>
public abstract class BrowserSession(OmicsWebFactory app) : IAsyncLifetime
{
    protected IBrowser Browser { get; private set; } = default!;

    protected OmicsWebFactory App => app;

    public async Task InitializeAsync() => Browser = await app.Browsers.BrowserAsync();

    public async Task DisposeAsync()
    {
        // The collection's tests run one at a time, so every open context is this test's.
        foreach (var context in Browser.Contexts.ToList())
        {
            await context.CloseAsync();
        }
    }

    /// <summary>
    /// A fresh page (its own context) at 1366×768, signed in as the demo account of <paramref name="role"/> (or
    /// anonymous), with the cookies of that account's real sign-in through the form (see <see cref="BrowserPool"/>).
    /// The page starts blank: open the page under test.
    /// </summary>
    protected async Task<IPage> PageAsync(string? role, int width = 1366, int height = 768)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            StorageState = role is null ? null : await app.Browsers.SignedInStateAsync(role),
        });
        return await context.NewPageAsync();
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
