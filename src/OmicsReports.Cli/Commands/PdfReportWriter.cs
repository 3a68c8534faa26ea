using System.Globalization;
using OmicsReports.Domain.Cases;
using OmicsReports.Domain.Reports;
using OmicsReports.Reporting.Pdf;
using OmicsReports.Reporting.Print;

namespace OmicsReports.Cli.Commands;

/// <summary>
/// Prints one PDF per case through one shared <see cref="PdfExporter"/> (one Chromium), all or nothing: into the
/// staging folder of <see cref="ReportWriter"/>, moved into place only when every file was printed.
/// </summary>
internal static class PdfReportWriter
{
    /// <summary>A progress line on standard error after every this many PDFs, so a large study shows it is moving.</summary>
    public const int ProgressEvery = 25;

    /// <summary>
    /// Distils and prints every case as a draft (version 1, unsigned: nothing printed here has been signed out) and
    /// writes <c>&lt;MRN&gt;_&lt;sampleId&gt;_&lt;reportId&gt;_v1.pdf</c> (<see cref="PdfFileName"/>).
    /// </summary>
    /// <exception cref="PdfExportException">Chromium is missing, crashed or timed out; nothing was written.</exception>
    public static async Task<int> WriteAllAsync(
        IReadOnlyList<OmicsCase> cases, string folder, Func<OmicsCase, OmicsReport> distill, PdfExporter exporter, TextWriter progress,
        CancellationToken cancellationToken)
    {
        var generatedAt = TimeProvider.System.GetUtcNow();
        // Distilling takes about a millisecond per case; the report's input hash names the file, so it comes first.
        var requests = cases.AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(c => Request(c, distill(c), generatedAt))
            .ToList();
        var printed = 0;
        var gate = new Lock();
        // The exporter prints MaxConcurrentExports at once and its timeout counts the wait for a page, so only one more
        // is composed ahead of them: starting every case at once would time out the last ones of a large study.
        var parallelism = exporter.Options.MaxConcurrentExports + 1;
        return await ReportWriter.StageAllAsync(requests, folder, BaseName, ".pdf", parallelism, async (request, path, token) =>
        {
            var file = await exporter.ExportAsync(request, token);
            await File.WriteAllBytesAsync(path, file.Content, token);
            var count = Interlocked.Increment(ref printed);
            if (requests.Count > ProgressEvery && (count % ProgressEvery == 0 || count == requests.Count))
            {
                lock (gate)
                {
                    progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"omics report: {count} of {requests.Count} PDFs printed"));
                }
            }
        }, cancellationToken);
    }

    /// <summary>
    /// The identifier printed as the report ID. These reports are not stored, so there is no case id (the web app's
    /// "R-…"); the start of the input's SHA-256 is stable for the same input, names no patient, and its "I-" prefix
    /// keeps it from being taken for a stored report.
    /// </summary>
    internal static string ReportId(OmicsReport report) => "I-" + report.InputSha256[..Math.Min(8, report.InputSha256.Length)].ToUpperInvariant();

    /// <summary>A case's report as an unsigned version 1: how every file of <c>omics report</c> presents it.</summary>
    internal static PrintRequest Request(OmicsCase omicsCase, OmicsReport report, DateTimeOffset generatedAt) =>
        new(report, omicsCase, new PrintVersion { ReportId = ReportId(report), Version = 1 }, generatedAt);

    /// <summary>The exporter's own file name without ".pdf", so that a collision can be told apart before the suffix.</summary>
    private static string BaseName(PrintRequest request)
    {
        var name = PdfFileName.For(request.Case.Patient.Mrn, request.Report.SampleId, request.Version.ReportId, request.Version.Version);
        return name[..^".pdf".Length];
    }
}
