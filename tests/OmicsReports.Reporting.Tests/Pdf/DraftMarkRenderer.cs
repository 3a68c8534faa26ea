using Microsoft.Playwright;
using OmicsReports.Reporting.Print;

namespace OmicsReports.Reporting.Tests.Pdf;

/// <summary>Draws <see cref="PrintWatermark.Html"/> with Chromium: the source of Print/draft-mark.png.</summary>
public static class DraftMarkRenderer
{
    public static async Task<byte[]> RenderAsync(IBrowser browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { JavaScriptEnabled = false, Offline = true });
        try
        {
            await page.SetContentAsync(PrintWatermark.Html);
            return await page.Locator(PrintWatermark.Selector).ScreenshotAsync(new LocatorScreenshotOptions { OmitBackground = true, Type = ScreenshotType.Png });
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian).</summary>
    public static (int Width, int Height) Size(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        static int At(byte[] b, int i) => (b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3];
        return (At(png, 16), At(png, 20));
    }
}
