using OmicsReports.Reporting.Pdf;

namespace OmicsReports.Web.Hosting;

/// <summary>
/// Starts the shared Chromium in the background once the app runs, so that the first PDF a user asks for does not
/// also wait for the browser to launch (seconds on a busy server). A failure here is only logged: the export then
/// reports it to the user, and <c>/health</c> says how to install Chromium. Setting <c>Omics:Pdf:WarmUpOnStart</c>
/// to false leaves the start to the first export.
/// </summary>
internal sealed partial class PdfWarmUp(PdfExporter exporter, IConfiguration configuration, ILogger<PdfWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue($"{OmicsPdfOptions.Section}:WarmUpOnStart", true))
        {
            return;
        }

        try
        {
            await exporter.WarmUpAsync(stoppingToken);
            LogReady(logger);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping before the browser was up; nothing to report.
        }
        catch (PdfExportException ex)
        {
            LogUnavailable(logger, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "PDF export ready: Chromium started.")]
    private static partial void LogReady(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "PDF export is not available yet: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
