using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OmicsReports.Data.Identity;
using OmicsReports.Testing;
using OmicsReports.Web.Tests.Infrastructure;

namespace OmicsReports.Web.Tests.Browser;

/// <summary>
/// What the browser tests of one app share, because starting them for every test cost most of a test's time
/// (issue 14): one Chromium (the tests of a collection run one at a time, and each closes its own contexts), the
/// cookies of each demo account signed in once through the real form, and results that several tests read.
/// </summary>
public sealed class BrowserPool(OmicsWebFactory app) : IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly ConcurrentDictionary<string, Task<object>> results = new();
    private readonly Dictionary<string, (string State, string Stamp)> signedIn = [];
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The shared Chromium, launched again if it went away.</summary>
    public async Task<IBrowser> BrowserAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (browser is not { IsConnected: true })
            {
                await CloseBrowserAsync();
                (playwright, browser) = await Chromium.LaunchAsync();
            }

            return browser;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// The storage state (cookies) of the demo account of <paramref name="role"/>, from a real sign-in through the
    /// form. It is reused while the account's security stamp is unchanged: a test that ends the account's sessions
    /// (sign-out, password or role change) makes the next caller sign in afresh, as a new browser would have to.
    /// </summary>
    public async Task<string> SignedInStateAsync(string role)
    {
        var email = Data.DemoOptions.EmailFor(role);
        var stamp = await StampAsync(email);
        lock (signedIn)
        {
            if (signedIn.TryGetValue(role, out var known) && known.Stamp == stamp)
            {
                return known.State;
            }
        }

        var context = await (await BrowserAsync()).NewContextAsync(new BrowserNewContextOptions { BaseURL = app.BaseAddress.ToString() });
        try
        {
            var page = await context.NewPageAsync();
            await page.SignInThroughFormAsync(email, OmicsWebFactory.DemoPassword);
            var state = await context.StorageStateAsync();
            lock (signedIn)
            {
                // The stamp read after the sign-in is the one its cookie carries.
                signedIn[role] = (state, stamp);
            }

            return state;
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>Computes a value once per app and hands the same task to every later caller with the same key.</summary>
    public async Task<T> OnceAsync<T>(string key, Func<Task<T>> compute) where T : class =>
        (T)await results.GetOrAdd(key, async _ => await compute());

    private async Task<string> StampAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OmicsUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No demo account {email}.");
        return await users.GetSecurityStampAsync(user) ?? string.Empty;
    }

    private async Task CloseBrowserAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        (browser, playwright) = (null, null);
    }

    public async ValueTask DisposeAsync()
    {
        await CloseBrowserAsync();
        gate.Dispose();
    }
}
