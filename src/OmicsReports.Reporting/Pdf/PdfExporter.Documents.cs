using OmicsReports.Reporting.Print;

namespace OmicsReports.Reporting.Pdf;

/// <summary>
/// Documents other than a single report (tumour board minutes, for one) printed by the same shared Chromium, under
/// the same concurrency limit, timeout and failure handling as <see cref="ExportAsync"/>, with document information
/// appended the same way. The caller composes the HTML (header and footer templates included).
/// </summary>
public sealed partial class PdfExporter
{
    public Task<PdfFile> ExportDocumentAsync(PrintedHtml html, PdfMetadata metadata, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(metadata);
        return PrintBoundedAsync(() => Task.FromResult(html), metadata, fileName, cancellationToken);
    }
}
