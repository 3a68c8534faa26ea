using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OmicsReports.Reporting.Pdf;

namespace OmicsReports.Cli.Commands;

/// <summary>
/// The command's one <see cref="PdfExporter"/>, built as the web app builds it (<c>AddOmicsPdf</c> over the same
/// settings), with Chromium starting in the background while the files are imported. Disposing closes Chromium.
/// </summary>
internal sealed class PdfPrinter : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly Task warmUp;

    private PdfPrinter(ServiceProvider services, PdfExporter exporter, Task warmUp)
    {
        this.services = services;
        Exporter = exporter;
        this.warmUp = warmUp;
    }

    public PdfExporter Exporter { get; }

    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The Omics:Pdf settings are not valid.</exception>
    public static async Task<PdfPrinter> StartAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection().AddOmicsPdf(configuration).BuildServiceProvider();
        try
        {
            var exporter = services.GetRequiredService<PdfExporter>();
            return new PdfPrinter(services, exporter, exporter.WarmUpAsync(cancellationToken));
        }
        catch
        {
            await services.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until Chromium runs.</summary>
    /// <exception cref="PdfExportException">Chromium is missing or does not start; the message says how to install it.</exception>
    public Task ReadyAsync() => warmUp;

    public async ValueTask DisposeAsync()
    {
        try
        {
            await warmUp;
        }
        catch (Exception ex) when (ex is PdfExportException or OperationCanceledException)
        {
            // Already reported by whoever awaited ReadyAsync, or never needed because the import failed first.
        }

        await services.DisposeAsync();
    }
}
