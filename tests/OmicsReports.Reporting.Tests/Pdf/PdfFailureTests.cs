using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OmicsReports.Reporting.Pdf;
using OmicsReports.Reporting.Print;
using OmicsReports.Testing;

namespace OmicsReports.Reporting.Tests.Pdf;

/// <summary>What happens when Chromium is missing, dies, or is slow: typed errors, then recovery. Real processes.</summary>
[Collection(ChromiumCollection.Name)]
public class PdfFailureTests
{
    [Fact]
    public async Task Export_BrowserKilledMidExport_IsPrintedAgainOnANewBrowser_AndTheNextExportSucceeds()
    {
        // The long report printed twice (killed, then again on a new browser) must fit in one timeout on a busy machine.
        await using var services = PdfExporterFixture.Services(("TimeoutSeconds", "180"));
        var exporter = services.GetRequiredService<PdfExporter>();
        await exporter.WarmUpAsync();
        var firstTag = exporter.Host.Current!.InstanceTag;

        // A long report keeps Chromium busy for seconds; kill it once the export is printing.
        var export = exporter.ExportAsync(SampleReports.Draft(vusCount: 3000));
        await KillWhilePrintingAsync(exporter, export, firstTag);

        var retried = await export;
        Assert.NotEqual(firstTag, exporter.Host.Current!.InstanceTag);
        Assert.Contains("Appendix: variants of uncertain significance", await PdfText.OfBytesAsync(retried.Content), StringComparison.OrdinalIgnoreCase);
        var next = await exporter.ExportAsync(SampleReports.Draft());
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(next.Content, 0, 5), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_BrowserKilledTwice_FailsAsCrashedWithAPlainMessage_AndTheNextExportSucceeds()
    {
        // The long report printed twice (killed, then again on a new browser) must fit in one timeout on a busy machine.
        await using var services = PdfExporterFixture.Services(("TimeoutSeconds", "180"));
        var exporter = services.GetRequiredService<PdfExporter>();
        await exporter.WarmUpAsync();
        var firstTag = exporter.Host.Current!.InstanceTag;

        var export = exporter.ExportAsync(SampleReports.Draft(vusCount: 3000));
        await KillWhilePrintingAsync(exporter, export, firstTag);
        // The retry launches a new browser: kill that one too while it prints.
        await WaitUntilAsync(() => exporter.Host.Current is { } s && s.InstanceTag != firstTag || export.IsCompleted, TimeSpan.FromSeconds(60));
        await KillWhilePrintingAsync(exporter, export, exporter.Host.Current!.InstanceTag);

        var failure = await Assert.ThrowsAsync<PdfExportException>(() => export);
        Assert.Equal(PdfFailure.BrowserCrashed, failure.Failure);
        Assert.True(failure.IsTransient);
        Assert.Contains("again on a second attempt", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", failure.Message, StringComparison.Ordinal);

        var next = await exporter.ExportAsync(SampleReports.Draft());
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(next.Content, 0, 5), StringComparison.Ordinal);
    }

    /// <summary>Kills the browser of <paramref name="instanceTag"/> once <paramref name="export"/> is printing on it.</summary>
    private static async Task KillWhilePrintingAsync(PdfExporter exporter, Task<PdfFile> export, string instanceTag)
    {
        await WaitUntilAsync(() => exporter.Running == 1 || export.IsCompleted, TimeSpan.FromSeconds(60));
        await Task.Delay(100);
        Assert.False(export.IsCompleted, "the export finished before the browser could be killed");
        var browserPid = ChromiumProcesses.FindBrowser(instanceTag);
        Assert.NotNull(browserPid);
        using var browser = Process.GetProcessById(browserPid.Value);
        browser.Kill();
    }

    [Fact]
    public async Task Export_ChromiumMissing_FailsAsUnavailableAndSaysHowToInstall()
    {
        await using var services = PdfExporterFixture.Services(("ChromiumPath", "/nonexistent/chromium"));
        var exporter = services.GetRequiredService<PdfExporter>();

        var failure = await Assert.ThrowsAsync<PdfExportException>(() => exporter.ExportAsync(SampleReports.Draft()));
        var health = await CheckAsync(services);

        Assert.Equal(PdfFailure.Unavailable, failure.Failure);
        Assert.False(failure.IsTransient);
        Assert.Contains("/nonexistent/chromium", failure.Message, StringComparison.Ordinal);
        Assert.Contains(PrintFonts.InstallHint, failure.Message, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Contains(PrintFonts.InstallHint, health.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ExecutableThatIsNotChromium_FailsAsUnavailableAndHealthSaysWhy()
    {
        await using var services = PdfExporterFixture.Services(("ChromiumPath", "/bin/false"));
        var exporter = services.GetRequiredService<PdfExporter>();

        var failure = await Assert.ThrowsAsync<PdfExportException>(() => exporter.ExportAsync(SampleReports.Draft()));
        var health = await CheckAsync(services);

        Assert.Equal(PdfFailure.Unavailable, failure.Failure);
        Assert.Contains("did not start", failure.Message, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Unhealthy, health.Status);
        Assert.Equal(failure.Message, health.Description);
    }

    [Fact]
    public async Task Export_SlowerThanTheTimeout_FailsAsTimeoutAndTheNextExportSucceeds()
    {
        // 10 s: far beyond a typical export even on this loaded 2-core machine (under 2 s warm), far below the
        // ~500 pages of the long report (tens of seconds).
        await using var services = PdfExporterFixture.Services(("TimeoutSeconds", "10"));
        var exporter = services.GetRequiredService<PdfExporter>();
        await exporter.WarmUpAsync();

        var watch = Stopwatch.StartNew();
        var failure = await Assert.ThrowsAsync<PdfExportException>(() => exporter.ExportAsync(SampleReports.Draft(vusCount: 20_000)));
        watch.Stop();
        var next = await exporter.ExportAsync(SampleReports.Draft());

        Assert.Equal(PdfFailure.Timeout, failure.Failure);
        Assert.Contains("within 10 s", failure.Message, StringComparison.Ordinal);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(9.9), TimeSpan.FromSeconds(20));
        Assert.NotEmpty(next.Content);
    }

    [Fact]
    public async Task Health_BeforeAndAfterTheFirstExport_ReportsAvailabilityAndBrowserMemory()
    {
        await using var services = PdfExporterFixture.Services();
        var exporter = services.GetRequiredService<PdfExporter>();

        var before = await CheckAsync(services);
        await exporter.ExportAsync(SampleReports.Draft());
        var after = await CheckAsync(services);

        Assert.Equal(HealthStatus.Healthy, before.Status);
        Assert.Equal(false, before.Data["browserRunning"]);
        Assert.Equal(HealthStatus.Healthy, after.Status);
        Assert.Equal(true, after.Data["browserRunning"]);
        Assert.Equal(1, after.Data["idlePages"]);
        Assert.InRange((long)after.Data["chromiumMemoryMb"], 50, 4096);
    }

    [Fact]
    public async Task PrintPage_ExternalResources_NeverReachTheNetwork()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        await using var services = PdfExporterFixture.Services();
        var session = await services.GetRequiredService<PdfExporter>().Host.EnsureStartedAsync(CancellationToken.None);
        var page = await session.RentAsync();
        var url = $"http://127.0.0.1:{port}";

        await page.SetContentAsync(
            $"<link rel=stylesheet href='{url}/a.css'><style>@font-face {{ font-family: x; src: url({url}/f.ttf) }} p {{ font-family: x }}</style>" +
            $"<img src='{url}/i.png'><iframe src='{url}/frame'></iframe><p>text</p><script src='{url}/s.js'></script>");
        await page.PdfAsync();
        var connection = listener.AcceptTcpClientAsync();
        var first = await Task.WhenAny(connection, Task.Delay(500));

        Assert.NotSame(connection, first);
        Assert.True(session.BlockedRequests >= 3, $"blocked {session.BlockedRequests}");
    }

    private static Task<HealthCheckResult> CheckAsync(IServiceProvider services) =>
        ActivatorUtilities.CreateInstance<PdfHealthCheck>(services).CheckHealthAsync(new HealthCheckContext
        {
            Registration = new HealthCheckRegistration(PdfHealthCheck.Name, _ => null!, null, null),
        });

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < limit, "timed out waiting");
            await Task.Delay(10);
        }
    }
}
