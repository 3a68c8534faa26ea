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

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(LaunchOptions);
        return (playwright, browser);
    }
}
