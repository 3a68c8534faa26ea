using Microsoft.Extensions.Diagnostics.HealthChecks;
using OmicsReports.Reporting.Print;

namespace OmicsReports.Reporting.Pdf;

/// <summary>
/// Whether PDF export is available, answered without starting Chromium: the executable and the fonts are installed,
/// the last launch did not fail, and (when running) how much memory the browser holds. Unhealthy messages say how to
/// fix the installation.
/// </summary>
public sealed class PdfHealthCheck(PdfExporter exporter) : IHealthCheck
{
    public const string Name = "pdf";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var options = exporter.Options;
        var host = exporter.Host;
        var session = host.Current;
        var data = new Dictionary<string, object>
        {
            ["chromiumPath"] = options.ChromiumPath,
            ["paperSize"] = options.PaperSize.ToString(),
            ["maxConcurrentExports"] = options.MaxConcurrentExports,
            ["exportsRunning"] = exporter.Running,
            ["browserRunning"] = session is not null,
        };

        if (!File.Exists(options.ChromiumPath))
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(ChromiumHost.MissingChromium(options.ChromiumPath), data: data));
        }

        if (session is null && host.LastLaunchError is { } error)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(error, data: data));
        }

        var missingFonts = PrintFonts.Missing();
        if (missingFonts.Count > 0)
        {
            data["missingFonts"] = string.Join(", ", missingFonts);
            return Task.FromResult(HealthCheckResult.Degraded(
                $"PDF export works, but fonts are missing ({string.Join(", ", missingFonts.Select(Path.GetFileName))}): " +
                $"characters such as ä, µ and ≥ may not print. Install them with: {PrintFonts.InstallHint}", data: data));
        }

        if (session is null)
        {
            return Task.FromResult(HealthCheckResult.Healthy("PDF export is available; Chromium starts with the first export.", data));
        }

        data["idlePages"] = session.IdlePages;
        data["blockedRequests"] = session.BlockedRequests;
        if (ChromiumProcesses.FindBrowser(session.InstanceTag) is { } pid)
        {
            data["chromiumMemoryMb"] = ChromiumProcesses.ResidentBytes(ChromiumProcesses.Tree(pid)) / (1024 * 1024);
        }

        return Task.FromResult(HealthCheckResult.Healthy("PDF export is available; Chromium is running.", data));
    }
}
