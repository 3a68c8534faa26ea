using Microsoft.Playwright;

namespace OmicsReports.Testing;

/// <summary>Launches Debian's headless Chromium the way this machine allows (see ../shared/TOOLCHAIN.md).</summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = Environment.GetEnvironmentVariable("OMICS_CHROMIUM") ?? DefaultPath,
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic",
        ],
    };

    /// <summary>
    /// How long an <c>Expect</c> waits for what it asserts (Playwright's default is 5 s). The suite runs several
    /// browser tests and apps at once on two cores, where a server round trip can take longer than 5 s; a result
    /// that never comes fails all the same, only later.
    /// </summary>
    public const float ExpectTimeoutMs = 20_000;

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Assertions.SetDefaultExpectTimeout(ExpectTimeoutMs);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(LaunchOptions);
        return (playwright, browser);
    }
}
