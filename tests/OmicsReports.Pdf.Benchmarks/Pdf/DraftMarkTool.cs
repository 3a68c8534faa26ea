using Microsoft.Playwright;
using OmicsReports.Reporting.Tests.Pdf;

namespace OmicsReports.Pdf.Benchmarks;

/// <summary>Regenerates src/OmicsReports.Reporting/Print/draft-mark.png from PrintWatermark.Html.</summary>
public static class DraftMarkTool
{
    public static async Task<int> WriteAsync(string png)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = [.. OmicsReports.Reporting.Pdf.ChromiumSession.Arguments],
        });
        var image = await DraftMarkRenderer.RenderAsync(browser);
        await File.WriteAllBytesAsync(png, image);
        var (width, height) = DraftMarkRenderer.Size(image);
        Console.WriteLine($"wrote {Path.GetFullPath(png)}: {width} x {height}, {image.Length} bytes");
        return 0;
    }
}
