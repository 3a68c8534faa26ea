using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OmicsReports.Reporting.Pdf;
using OmicsReports.Reporting.Print;

namespace OmicsReports.Reporting.Tests.Pdf;

/// <summary>What happens when Chromium is missing, dies, or is slow: typed errors, then recovery. Real processes.</summary>
[Collection(ChromiumCollection.Name)]
public class PdfFailureTests
{
    [Fact]
    public async Task Export_BrowserKilledMidExport_FailsAsCrashedAndTheNextExportSucceeds()
    {
        await using var services = PdfExporterFixture.Services();
        var exporter = services.GetRequiredService<PdfExporter>();
        await exporter.WarmUpAsync();
        var browserPid = ChromiumProcesses.FindBrowser(exporter.Host.Current!.InstanceTag);
        Assert.NotNull(browserPid);

        // A long report keeps Chromium busy for seconds; kill it once the export is printing.
        var export = exporter.ExportAsync(SampleReports.Draft(vusCount: 3000));
        await WaitUntilAsync(() => exporter.Running == 1 || export.IsCompleted, TimeSpan.FromSeconds(30));
        await Task.Delay(100);
        Assert.False(export.IsCompleted, "the export finished before the browser could be killed");
        using (var browser = Process.GetProcessById(browserPid.Value))
        {
            browser.Kill();
        }

        var failure = await Assert.ThrowsAsync<PdfExportException>(() => export);
        Assert.Equal(PdfFailure.BrowserCrashed, failure.Failure);
        Assert.True(failure.IsTransient);
        Assert.Contains("try again", failure.Message, StringComparison.Ordinal);

        var next = await exporter.ExportAsync(SampleReports.Draft());
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(next.Content, 0, 5), StringComparison.Ordinal);
        Assert.NotEqual(browserPid, ChromiumProcesses.FindBrowser(exporter.Host.Current!.InstanceTag));
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
