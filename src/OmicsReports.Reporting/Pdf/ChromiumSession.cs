using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace OmicsReports.Reporting.Pdf;

/// <summary>
/// One running Chromium (with its Playwright driver) and its idle pages. Pages are reused: a new page costs about
/// 300 ms, a reused one nothing (see ../shared/TOOLCHAIN.md). A session that died is thrown away whole.
/// </summary>
internal sealed class ChromiumSession : IAsyncDisposable
{
    /// <summary>
    /// Launch flags for a server without network or GPU (../shared/TOOLCHAIN.md, tests/OmicsReports.Testing/Chromium.cs),
    /// plus a resolver that resolves nothing: request routing stops requests, but Chromium still preconnects a socket
    /// for an iframe's address before routing sees it (measured; see PdfFailureTests). Playwright talks over a pipe.
    /// </summary>
    internal static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--host-resolver-rules=MAP * ~NOTFOUND",
    ];

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly IBrowserContext context;
    private readonly ConcurrentBag<IPage> idle = [];
    private int blockedRequests;
    private readonly TaskCompletionSource disconnected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool dead;

    private ChromiumSession(IPlaywright playwright, IBrowser browser, IBrowserContext context, string instanceTag)
    {
        this.playwright = playwright;
        this.browser = browser;
        this.context = context;
        InstanceTag = instanceTag;
        browser.Disconnected += (_, _) =>
        {
            dead = true;
            disconnected.TrySetResult();
        };
    }

    /// <summary>A marker in the browser's command line, so its processes can be found (memory, tests).</summary>
    public string InstanceTag { get; }

    public bool IsAlive => !dead && browser.IsConnected;

    public int IdlePages => idle.Count;

    /// <summary>Requests the page tried to make and was refused; the document is self-contained, so this stays 0.</summary>
    public int BlockedRequests => Volatile.Read(ref blockedRequests);

    public static async Task<ChromiumSession> LaunchAsync(OmicsPdfOptions options)
    {
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        try
        {
            var tag = "--omics-pdf-instance=" + Guid.NewGuid().ToString("N");
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = options.ChromiumPath,
                Headless = true,
                Args = [.. Arguments, tag],
                Timeout = (float)options.Timeout.TotalMilliseconds,
            }).ConfigureAwait(false);
            // The document needs no script and no network: switch both off, and refuse any request that slips through.
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Offline = true })
                .ConfigureAwait(false);
            var session = new ChromiumSession(playwright, browser, context, tag);
            await context.RouteAsync("**/*", route =>
            {
                Interlocked.Increment(ref session.blockedRequests);
                return route.AbortAsync("blockedbyclient");
            }).ConfigureAwait(false);
            return session;
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A page for one export, given up when <paramref name="cancellationToken"/> fires or the browser disconnects; a page
    /// that arrives after the caller gave up is closed rather than left open in the context.
    /// </summary>
    public async Task<IPage> RentAsync(CancellationToken cancellationToken)
    {
        var renting = RentAsync();
        try
        {
            return await GuardAsync(renting, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _ = renting.ContinueWith(t => Return(t.Result, reusable: false), CancellationToken.None,
                TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            throw;
        }
    }

    public async Task<IPage> RentAsync()
    {
        while (idle.TryTake(out var page))
        {
            if (!page.IsClosed)
            {
                return page;
            }
        }

        return await context.NewPageAsync().ConfigureAwait(false);
    }

    /// <summary>Takes a page back; one that failed or timed out may be mid-operation, so it is closed, not reused.</summary>
    public void Return(IPage page, bool reusable)
    {
        if (reusable && IsAlive && !page.IsClosed)
        {
            idle.Add(page);
        }
        else
        {
            _ = CloseQuietlyAsync(page);
        }
    }

    /// <summary>
    /// Awaits a browser call, but gives up as soon as the browser disconnects: after Chromium is killed, Playwright
    /// can leave a call in flight (seen with NewPageAsync) until something else closes it, 30 s later.
    /// </summary>
    /// <exception cref="BrowserDisconnectedException">The browser went away first.</exception>
    public async Task<T> GuardAsync<T>(Task<T> call, CancellationToken cancellationToken)
    {
        await GuardAsync((Task)call, cancellationToken).ConfigureAwait(false);
        return await call.ConfigureAwait(false);
    }

    /// <inheritdoc cref="GuardAsync{T}(Task{T}, CancellationToken)"/>
    public async Task GuardAsync(Task call, CancellationToken cancellationToken)
    {
        var first = await Task.WhenAny(call, disconnected.Task).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (first != call)
        {
            // Observe the abandoned call's eventual failure, so it never surfaces as an unobserved exception.
            _ = call.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            throw new BrowserDisconnectedException();
        }

        await call.ConfigureAwait(false);
    }

    /// <summary>True when the browser disconnects (or has) within <paramref name="wait"/>.</summary>
    public async Task<bool> WaitForDisconnectAsync(TimeSpan wait)
    {
        if (!browser.IsConnected)
        {
            return true;
        }

        var first = await Task.WhenAny(disconnected.Task, Task.Delay(wait)).ConfigureAwait(false);
        return first == disconnected.Task;
    }

    public async ValueTask DisposeAsync()
    {
        dead = true;
        try
        {
            await browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PlaywrightException or System.TimeoutException)
        {
            // Already gone or hung: disposing the driver below ends the browser process either way.
        }

        playwright.Dispose();
    }

    private static async Task CloseQuietlyAsync(IPage page)
    {
        try
        {
            await page.CloseAsync().WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is PlaywrightException or System.TimeoutException)
        {
            // The page is abandoned either way; a dead browser takes it along.
        }
    }
}
