using OmicsReports.Reporting.Print;

namespace OmicsReports.Reporting.Pdf;

/// <summary>The document information of an exported report (the PDF's Info dictionary, ISO 32000-1 14.3.3).</summary>
/// <param name="Keywords">Always contains the report ID, so that a document store can find the file by it.</param>
public sealed record PdfMetadata(
    string Title,
    string Author,
    string Subject,
    string Keywords,
    string Creator,
    string Producer,
    DateTimeOffset Created)
{
    /// <summary>
    /// The metadata of one report version. The author is the signing pathologist once signed, the laboratory before.
    /// The title names the report, not the patient: file properties are shown in places the report body is not.
    /// </summary>
    public static PdfMetadata For(PrintRequest request, string organization)
    {
        ArgumentNullException.ThrowIfNull(request);
        var version = request.Version;
        var report = request.Report;
        var status = version.Status.ToString().ToLowerInvariant();
        var tumour = report.TumorType is { } t ? t.Name : "tumour type not given";
        return new PdfMetadata(
            Title: $"Molecular tumour report {version.ReportId} v{version.Version}",
            Author: version.Signature?.Pathologist ?? organization,
            Subject: $"Precision-oncology report for sample {report.SampleId} ({tumour}); {status}",
            Keywords: string.Join("; ", $"report {version.ReportId}", $"version {version.Version}", $"sample {report.SampleId}",
                status, $"knowledge base {report.KnowledgeBase.Version}", "OmicsReports"),
            Creator: organization == "OmicsReports" ? "OmicsReports" : $"OmicsReports ({organization})",
            Producer: "Chromium (Skia/PDF), document information by OmicsReports",
            Created: request.GeneratedAt);
    }
}
