using Xunit.Abstractions;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OmicsReports.Data;
using OmicsReports.Data.Identity;
using OmicsReports.Testing;

namespace OmicsReports.Web.Tests.Sso;

/// <summary>Real Chromium signing in through the loopback provider's own login page; one browser per test class.</summary>
public abstract class SsoBrowserSession(SsoWebFactory app, ITestOutputHelper output) : IAsyncLifetime
{
    private IPlaywright playwright = default!;

    protected IBrowser Browser { get; private set; } = default!;

    protected SsoWebFactory App => app;

    protected ITestOutputHelper Output => output;

    public async Task InitializeAsync() => (playwright, Browser) = await Chromium.LaunchAsync();

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
    }

    protected async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString() });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// From the app's sign-in page through the provider's login form and back; returns when the browser is on the app
    /// again, and writes how long the round trip took.
    /// </summary>
    protected async Task SignInAsync(IPage page, string provider, string login, string returnUrl = "/")
    {
        var clock = Stopwatch.StartNew();
        await page.GotoAsync($"/Account/Login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in with {provider}" }).ClickAsync();
        await EnterCredentialsAsync(page, login);
        try
        {
            await page.WaitForURLAsync(url => url.StartsWith(app.BaseAddress.ToString(), StringComparison.Ordinal) && !url.Contains("/Account/Hop", StringComparison.Ordinal) && !url.Contains("/Account/External/", StringComparison.Ordinal), new() { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            output.WriteLine($"The browser did not come back from {provider}; it is at {page.Url}.");
            throw;
        }
        output.WriteLine($"Sign-in of {login} through {provider}: {clock.ElapsedMilliseconds} ms, landed on {new Uri(page.Url).PathAndQuery}");
    }

    /// <summary>The provider's own login form (oidc-provider's development interaction): any login, any password.</summary>
    protected static async Task EnterCredentialsAsync(IPage page, string login)
    {
        await page.Locator("input[name=login]").FillAsync(login);
        await page.Locator("input[name=password]").FillAsync("any-password");
        await page.Locator("button[type=submit]").ClickAsync();
    }

    /// <summary>A fresh person at the provider; the prefix decides the groups and app roles it sends.</summary>
    protected static string Person(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    protected async Task<OmicsUser?> AccountAsync(string login)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == $"{login}@hospital.example");
    }

    protected async Task<IReadOnlyList<string>> RolesAsync(string userId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OmicsDbContext>>().CreateDbContextAsync();
        return await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == userId select r.Name!).ToListAsync();
    }
}
