using System.Diagnostics;
using OmicsReports.Reporting.Print;

namespace OmicsReports.Reporting.Pdf;

/// <summary>
/// Documents other than a single report (tumour board minutes, for one) printed by the same shared Chromium, under
/// the same concurrency limit, timeout and failure handling as <see cref="ExportAsync"/>, with document information
/// appended the same way. The caller composes the HTML (header and footer templates included).
/// </summary>
public sealed partial class PdfExporter
{
    public async Task<PdfFile> ExportDocumentAsync(PrintedHtml html, PdfMetadata metadata, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(metadata);
        var started = Stopwatch.GetTimestamp();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Timeout);
        try
        {
            await slots.WaitAsync(deadline.Token).ConfigureAwait(false);
            byte[] printed;
            Interlocked.Increment(ref running);
            try
            {
                printed = await PrintAsync(html, deadline.Token).ConfigureAwait(false);
            }
            finally
            {
                Interlocked.Decrement(ref running);
                slots.Release();
            }

            var content = PdfInfoWriter.Append(printed, metadata);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogExported(logger, elapsed, content.Length);
            return new PdfFile(content, fileName, metadata);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, PdfFailure.Timeout);
            throw new PdfExportException(PdfFailure.Timeout,
                $"The PDF was not ready within {options.TimeoutSeconds} s and the export was stopped. " +
                "The server may be busy: try again in a minute.", ex);
        }
        catch (PdfExportException ex)
        {
            LogFailed(logger, ex.Failure);
            throw;
        }
    }
}
